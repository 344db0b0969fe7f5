# case: fit the M2 tidal constituent amplitude with a design matrix precomputed in __init__ and a projection by matmul in construct -> only tensor ops in construct, Graph mode should compile statically
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

M2_PERIOD_H = 12.4206


def m2_design(n, dt_hours):
    t = np.arange(n) * dt_hours
    w = 2 * np.pi / M2_PERIOD_H
    return np.stack([np.cos(w * t), np.sin(w * t), np.ones_like(t)], axis=1)


class M2Projector(nn.Cell):
    def __init__(self, n=96, dt_hours=0.5):
        super().__init__()
        a = m2_design(n, dt_hours)
        self.pinv = Tensor(np.linalg.pinv(a).astype(np.float32))

    def construct(self, heights):
        coef = ops.matmul(self.pinv, heights.reshape(-1, 1)).reshape(-1)
        amp = ops.sqrt(coef[0] ** 2 + coef[1] ** 2)
        phase = ops.atan2(coef[1], coef[0])
        return amp, phase, coef[2]


def make():
    np.random.seed(3298)
    t = np.arange(96) * 0.5
    h = 2.4 * np.cos(2 * np.pi * t / M2_PERIOD_H - 0.3) + 0.1 * np.random.randn(96) + 3.0
    return M2Projector(), (Tensor(h.astype(np.float32)),)
