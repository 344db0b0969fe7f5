# case: expected calibration error over fixed bin edges using float masks multiplied into confidence and accuracy sums, no gathering -> constant loop and fixed-size masks, static shapes
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class MaskedECE(nn.Cell):
    def __init__(self, n_bins=8):
        super().__init__()
        self.n_bins = n_bins
        edges = np.linspace(0.0, 1.0, n_bins + 1).astype(np.float32)
        self.lowers = Tensor(edges[:-1])
        self.uppers = Tensor(edges[1:])

    def construct(self, logits, labels):
        probs = ops.softmax(logits, axis=-1)
        conf = probs.max(axis=-1)
        acc = (probs.argmax(axis=-1) == labels).astype(ms.float32)
        c = conf.expand_dims(0)
        in_bin = ops.logical_and(c > self.lowers.expand_dims(1), c <= self.uppers.expand_dims(1))
        m = in_bin.astype(ms.float32)
        conf_sum = (m * c).sum(axis=1)
        acc_sum = (m * acc.expand_dims(0)).sum(axis=1)
        ece = ops.abs(conf_sum - acc_sum).sum() / conf.shape[0]
        bin_counts = m.sum(axis=1)
        return ece, bin_counts


def make():
    np.random.seed(0)
    metric = MaskedECE()
    logits = Tensor(np.random.randn(20, 3).astype(np.float32) * 2)
    labels = Tensor(np.random.randint(0, 3, size=(20,)).astype(np.int32))
    return metric, (logits, labels)
