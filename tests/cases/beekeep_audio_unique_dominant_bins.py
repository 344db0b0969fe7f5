# case: takes the dominant FFT bin of each hive-audio frame and counts distinct bins with ops.unique -> dynamic shape in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class HiveToneDiversity(nn.Cell):
    """Queenless colonies 'roar': fewer distinct dominant tones across frames."""

    def __init__(self, n_bins=32, low_cut=2):
        super().__init__()
        self.n_bins = n_bins
        self.low_cut = low_cut

    def dominant_bins(self, spec):
        spec = spec[:, self.low_cut:]
        return ops.argmax(spec, dim=1) + self.low_cut

    def construct(self, spec):
        dom = self.dominant_bins(spec)
        distinct, _ = ops.unique(dom)
        diversity = distinct.shape[0] / spec.shape[0]
        return distinct, diversity


def make():
    np.random.seed(6)
    spec = np.abs(np.random.randn(20, 32)).astype(np.float32)
    return HiveToneDiversity(), (Tensor(spec),)
