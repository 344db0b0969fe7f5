# case: neural ODE block integrating with RK4 for a number of steps fixed in the constructor (Python int loop) -> static graph
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ODEFunc(nn.Cell):
    def __init__(self, dim=8, hidden=16):
        super().__init__()
        self.net = nn.SequentialCell(nn.Dense(dim, hidden), nn.Tanh(), nn.Dense(hidden, dim))

    def construct(self, t, y):
        return self.net(y) * ops.cos(t)


class ODEBlock(nn.Cell):
    def __init__(self, dim=8, n_steps=10, t1=1.0):
        super().__init__()
        self.func = ODEFunc(dim)
        self.n_steps = n_steps
        self.h = t1 / n_steps

    def construct(self, y):
        t = ops.zeros((), ms.float32)
        h = self.h
        for _ in range(self.n_steps):
            k1 = self.func(t, y)
            k2 = self.func(t + h / 2, y + h / 2 * k1)
            k3 = self.func(t + h / 2, y + h / 2 * k2)
            k4 = self.func(t + h, y + h * k3)
            y = y + h / 6 * (k1 + 2 * k2 + 2 * k3 + k4)
            t = t + h
        return y


def make():
    np.random.seed(30)
    y = Tensor(np.random.randn(4, 8).astype(np.float32))
    return ODEBlock(), (y,)
