# case: adaptive resampling counts how many residuals exceed a threshold and keeps that many points from the argsort order -> slice length from a tensor sum, dynamic shape or error in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class AdvectionResidual(nn.Cell):
    def __init__(self, c=1.0, width=16):
        super().__init__()
        self.net = nn.SequentialCell(nn.Dense(2, width), nn.Tanh(), nn.Dense(width, 2))
        self.c = c

    def construct(self, xt):
        d = self.net(xt)
        return ops.abs(d[:, 1] + self.c * d[:, 0])


class ThresholdResampler(nn.Cell):
    def __init__(self, threshold=0.3):
        super().__init__()
        self.res = AdvectionResidual()
        self.threshold = threshold

    def construct(self, pool):
        r = self.res(pool)
        n_bad = (r > self.threshold).astype(ms.int32).sum()
        order = ops.argsort(r, descending=True)
        keep = order[:n_bad]
        return pool[keep]


def make():
    np.random.seed(29)
    pool = Tensor(np.random.rand(48, 2).astype(np.float32))
    return ThresholdResampler(), (pool,)
