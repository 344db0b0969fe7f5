# case: invertibility check that runs forward then inverse of an affine coupling and gathers the reconstruction errors above tolerance with masked_select -> dynamic-shape output in graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class Coupling(nn.Cell):
    def __init__(self, dim):
        super().__init__()
        self.h = dim // 2
        self.st = nn.Dense(self.h, 2 * (dim - self.h))

    def scale_shift(self, xa):
        s, t = ops.chunk(self.st(xa), 2, axis=1)
        return ops.tanh(s), t

    def forward(self, x):
        xa, xb = x[:, :self.h], x[:, self.h:]
        s, t = self.scale_shift(xa)
        return ops.concat((xa, xb * ops.exp(s) + t), axis=1)

    def inverse(self, y):
        ya, yb = y[:, :self.h], y[:, self.h:]
        s, t = self.scale_shift(ya)
        return ops.concat((ya, (yb - t) * ops.exp(-s)), axis=1)


class InvertibilityCheck(nn.Cell):
    def __init__(self, flow, tol=1e-6):
        super().__init__()
        self.flow = flow
        self.tol = tol

    def construct(self, x):
        err = ops.abs(self.flow.inverse(self.flow.forward(x)) - x)
        bad = ops.masked_select(err, err > self.tol)
        return bad, err.max()


def make():
    np.random.seed(10)
    x = Tensor(np.random.randn(6, 8).astype(np.float32))
    return InvertibilityCheck(Coupling(8)), (x,)
