# case: particle density with a dense radius mask via ops.select, no index lists -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class PolyKernel(nn.Cell):
    def __init__(self, h=0.3):
        super().__init__()
        self.h = h
        self.c = 315.0 / (64.0 * np.pi * h ** 9)

    def construct(self, r):
        inside = r < self.h
        val = self.c * ops.pow(ops.relu(self.h ** 2 - r * r), 3)
        return ops.select(inside, val, ops.zeros_like(val))


class DenseSPHDensity(nn.Cell):
    def __init__(self, h=0.3, mass=1.0, exclude_self=False):
        super().__init__()
        self.kernel = PolyKernel(h)
        self.mass = mass
        self.exclude_self = exclude_self

    def construct(self, pos):
        n = pos.shape[0]
        diff = pos[:, None, :] - pos[None, :, :]
        r = ops.sqrt(ops.reduce_sum(diff * diff, -1) + 1e-12)
        w = self.kernel(r)
        if self.exclude_self:
            w = w * (1.0 - ops.eye(n, n, ms.float32))
        return self.mass * w.sum(axis=1)


def make():
    np.random.seed(5)
    pos = Tensor(np.random.rand(24, 3).astype(np.float32))
    return DenseSPHDensity(), (pos,)
