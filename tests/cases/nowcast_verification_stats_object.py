# case: build a plain Python ContingencyStats object in construct from hit/miss/false-alarm tensors and return it -> custom Python object in graph, error
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ContingencyStats:
    def __init__(self, hits, misses, false_alarms):
        self.hits = hits
        self.misses = misses
        self.false_alarms = false_alarms

    def csi(self):
        return self.hits / (self.hits + self.misses + self.false_alarms + 1e-6)


class Verifier(nn.Cell):
    def __init__(self, threshold=1.0):
        super().__init__()
        self.threshold = threshold

    def construct(self, forecast, observed):
        f = (forecast >= self.threshold).astype(ms.float32)
        o = (observed >= self.threshold).astype(ms.float32)
        stats = ContingencyStats((f * o).sum(), ((1 - f) * o).sum(), (f * (1 - o)).sum())
        stats.hits = stats.hits + 0.0
        return stats


def make():
    np.random.seed(21)
    fc = Tensor(np.random.exponential(1.5, (10, 10)).astype(np.float32))
    ob = Tensor(np.random.exponential(1.5, (10, 10)).astype(np.float32))
    return Verifier(), (fc, ob)
