# case: fixed-step RK4 where the number of steps is int(ceil((t1 - t0) / h)) computed from tensor inputs and used in range() -> Graph mode error
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ODEFunc(nn.Cell):
    def __init__(self, dim=4, hidden=16):
        super().__init__()
        self.l1 = nn.Dense(dim, hidden)
        self.l2 = nn.Dense(hidden, dim)

    def construct(self, y):
        return self.l2(ops.tanh(self.l1(y)))


class RK4Integrator(nn.Cell):
    def __init__(self, h=0.1):
        super().__init__()
        self.func = ODEFunc()
        self.h = h

    def rk4(self, y, h):
        k1 = self.func(y)
        k2 = self.func(y + 0.5 * h * k1)
        k3 = self.func(y + 0.5 * h * k2)
        k4 = self.func(y + h * k3)
        return y + h / 6.0 * (k1 + 2 * k2 + 2 * k3 + k4)

    def construct(self, y0, t0, t1):
        n_steps = int(ops.ceil((t1 - t0) / self.h))
        y = y0
        for _ in range(n_steps):
            y = self.rk4(y, self.h)
        return y


def make():
    np.random.seed(10)
    y0 = Tensor(np.random.randn(2, 4).astype(np.float32))
    return RK4Integrator(), (y0, Tensor(0.0, ms.float32), Tensor(0.5, ms.float32))
