# case: expected-calibration-error metric Cell that builds a plain Python BinStats object from predicted CTRs inside construct and accumulates into it per bin -> compile error at line 26
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class BinStats:
    def __init__(self, num_bins):
        self.num_bins = num_bins
        self.conf = []
        self.acc = []
        self.count = []

    def add(self, conf_sum, acc_sum, n):
        self.conf.append(conf_sum)
        self.acc.append(acc_sum)
        self.count.append(n)


class CalibrationError(nn.Cell):
    def __init__(self, num_bins=5):
        super().__init__()
        self.num_bins = num_bins

    def construct(self, probs, labels):
        stats = BinStats(self.num_bins)
        for b in range(self.num_bins):
            lo = b / self.num_bins
            hi = (b + 1) / self.num_bins
            in_bin = ops.logical_and(probs >= lo, probs < hi).astype(ms.float32)
            stats.add((probs * in_bin).sum(), (labels * in_bin).sum(), in_bin.sum())
        ece = ops.zeros((), ms.float32)
        total = probs.shape[0]
        for conf, acc, n in zip(stats.conf, stats.acc, stats.count):
            ece = ece + ops.abs(conf - acc) / total
        return ece


def make():
    np.random.seed(9)
    probs = Tensor(np.random.rand(16).astype(np.float32))
    labels = Tensor((np.random.rand(16) > 0.5).astype(np.float32))
    return CalibrationError(), (probs, labels)
