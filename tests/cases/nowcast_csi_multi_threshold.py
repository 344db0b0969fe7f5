# case: critical success index per threshold from float masks and sums, thresholds held as a constant tensor broadcast over the grid -> static shapes
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class MultiThresholdCSI(nn.Cell):
    def __init__(self, thresholds=(0.5, 2.0, 8.0), eps=1e-6):
        super().__init__()
        self.thr = Tensor(np.array(thresholds, np.float32).reshape(-1, 1, 1))
        self.eps = eps

    def binarize(self, x):
        return (ops.expand_dims(x, 0) >= self.thr).astype(ms.float32)

    def construct(self, forecast, observed):
        f = self.binarize(forecast)
        o = self.binarize(observed)
        hits = (f * o).sum(axis=(1, 2))
        misses = ((1 - f) * o).sum(axis=(1, 2))
        false_alarms = (f * (1 - o)).sum(axis=(1, 2))
        return hits / (hits + misses + false_alarms + self.eps)


def make():
    np.random.seed(112)
    fc = Tensor(np.random.exponential(2.0, (12, 12)).astype(np.float32))
    ob = Tensor(np.random.exponential(2.0, (12, 12)).astype(np.float32))
    return MultiThresholdCSI(), (fc, ob)
