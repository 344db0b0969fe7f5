# case: explicit Runge-Kutta stage combination written with a helper generator function that yields weighted stages -> Graph mode error (yield unsupported)
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

RK4_B = (1.0 / 6.0, 1.0 / 3.0, 1.0 / 3.0, 1.0 / 6.0)


class RKTableauStep(nn.Cell):
    def __init__(self, dim=4):
        super().__init__()
        self.fc = nn.Dense(dim, dim)
        self.b = RK4_B

    def f(self, y):
        return ops.sin(self.fc(y))

    def weighted(self, stages):
        for w, k in zip(self.b, stages):
            yield w * k

    def construct(self, y, h):
        k1 = self.f(y)
        k2 = self.f(y + 0.5 * h * k1)
        k3 = self.f(y + 0.5 * h * k2)
        k4 = self.f(y + h * k3)
        incr = ops.zeros_like(y)
        for term in self.weighted((k1, k2, k3, k4)):
            incr = incr + term
        return y + h * incr


def make():
    np.random.seed(19)
    y = Tensor(np.random.randn(2, 4).astype(np.float32))
    return RKTableauStep(), (y, Tensor(0.1, ms.float32))
