# case: normalizing flow whose inverse walks the CellList backwards with a constant index loop and subtracts each step's log-det, sampling z from a fixed-shape normal -> static graph compiles fine
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class AffineStep(nn.Cell):
    def __init__(self, dim, flip):
        super().__init__()
        self.flip = flip
        self.h = dim // 2
        self.net = nn.SequentialCell(nn.Dense(self.h, 16), nn.ReLU(), nn.Dense(16, 2 * (dim - self.h)))

    def inverse(self, y):
        if self.flip:
            y = ops.flip(y, (1,))
        ya, yb = y[:, :self.h], y[:, self.h:]
        s, t = ops.chunk(self.net(ya), 2, axis=1)
        s = ops.tanh(s)
        x = ops.concat((ya, (yb - t) * ops.exp(-s)), axis=1)
        if self.flip:
            x = ops.flip(x, (1,))
        return x, -s.sum(axis=1)


class RealNVP(nn.Cell):
    def __init__(self, dim=4, depth=4):
        super().__init__()
        self.dim = dim
        self.depth = depth
        self.steps = nn.CellList([AffineStep(dim, i % 2 == 1) for i in range(depth)])

    def construct(self, z):
        logdet = ops.zeros((z.shape[0],), ms.float32)
        x = z
        for i in range(self.depth - 1, -1, -1):
            x, ld = self.steps[i].inverse(x)
            logdet = logdet + ld
        return x, logdet


def make():
    np.random.seed(35)
    z = Tensor(np.random.randn(5, 4).astype(np.float32))
    return RealNVP(), (z,)
