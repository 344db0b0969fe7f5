# case: calibration-bin counter calls np.histogram on the confidence tensor inside construct and wraps the counts back into a Tensor -> NumPy on a tensor in graph, expected error
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ConfidenceHistogram(nn.Cell):
    def __init__(self, n_bins=10):
        super().__init__()
        self.n_bins = n_bins
        self.softmax = nn.Softmax(axis=-1)

    def construct(self, logits):
        conf = self.softmax(logits).max(axis=-1)
        counts, edges = np.histogram(conf, bins=self.n_bins, range=(0.0, 1.0))
        freq = Tensor(counts.astype(np.float32)) / conf.shape[0]
        return freq, conf


def make():
    np.random.seed(0)
    hist = ConfidenceHistogram()
    logits = Tensor(np.random.randn(16, 4).astype(np.float32) * 2)
    return hist, (logits,)
