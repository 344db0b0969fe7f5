# case: integrate until t_end with a tensor while loop whose carried state (t, y, h) keeps fixed shapes; last step clipped to land on t_end -> compiles (static shapes, control flow)
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class VanDerPol(nn.Cell):
    def __init__(self, mu=1.5):
        super().__init__()
        self.mu = mu

    def construct(self, y):
        x, v = y[..., 0:1], y[..., 1:2]
        return ops.concat((v, self.mu * (1 - x * x) * v - x), axis=-1)


class IntegrateToEnd(nn.Cell):
    def __init__(self, h=0.1):
        super().__init__()
        self.f = VanDerPol()
        self.h = h

    def construct(self, y0, t_end):
        t = ops.zeros((), ms.float32)
        y = y0
        while t < t_end:
            h = ops.minimum(t_end - t, self.h)
            k1 = self.f(y)
            k2 = self.f(y + h * k1)
            y = y + 0.5 * h * (k1 + k2)
            t = t + h
        return y, t


def make():
    np.random.seed(36)
    y0 = Tensor(np.random.randn(3, 2).astype(np.float32))
    return IntegrateToEnd(), (y0, Tensor(0.45, ms.float32))
