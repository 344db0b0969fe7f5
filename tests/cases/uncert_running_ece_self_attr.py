# case: calibration monitor stores the last batch ECE and a call counter as plain attributes on self inside construct -> attribute writes on self in graph, expected error or unsupported side effect
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class CalibrationMonitor(nn.Cell):
    def __init__(self, n_bins=4):
        super().__init__()
        self.n_bins = n_bins
        self.last_ece = None
        self.calls = 0

    def bin_gap(self, conf, acc, lo, hi):
        m = ops.logical_and(conf > lo, conf <= hi).astype(ms.float32)
        return ops.abs((m * conf).sum() - (m * acc).sum())

    def construct(self, probs, labels):
        conf = probs.max(axis=-1)
        acc = (probs.argmax(axis=-1) == labels).astype(ms.float32)
        ece = ops.zeros((), ms.float32)
        for b in range(self.n_bins):
            ece = ece + self.bin_gap(conf, acc, b / self.n_bins, (b + 1) / self.n_bins)
        ece = ece / conf.shape[0]
        self.last_ece = ece
        self.calls = self.calls + 1
        return ece


def make():
    np.random.seed(0)
    mon = CalibrationMonitor()
    raw = np.random.rand(12, 3).astype(np.float32)
    probs = Tensor(raw / raw.sum(axis=1, keepdims=True))
    labels = Tensor(np.random.randint(0, 3, size=(12,)).astype(np.int32))
    return mon, (probs, labels)
