# case: mastitis detector zeroes normal quarters with ops.select and a fixed-size mask before averaging the excess conductivity -> static graph
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class QuarterExcess(nn.Cell):
    def __init__(self, alert_ms_cm=6.2):
        super().__init__()
        self.alert = alert_ms_cm

    def construct(self, conductivity):
        high = conductivity > self.alert
        excess = ops.select(high, conductivity - self.alert, ops.zeros_like(conductivity))
        n_high = high.astype(ms.float32).sum(axis=1)
        per_cow = excess.sum(axis=1) / ops.maximum(n_high, ops.ones_like(n_high))
        return per_cow


class MastitisScorer(nn.Cell):
    def __init__(self):
        super().__init__()
        self.excess = QuarterExcess()
        self.scale = ms.Parameter(Tensor(np.array([2.0], np.float32)), name="scale")

    def construct(self, conductivity):
        return ops.sigmoid(self.excess(conductivity) * self.scale)


def make():
    np.random.seed(3)
    cond = np.random.normal(5.6, 0.7, (10, 4)).astype(np.float32)
    return MastitisScorer(), (Tensor(cond),)
