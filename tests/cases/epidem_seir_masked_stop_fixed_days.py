# case: SEIR run for a fixed number of days where regions whose infections fell below a level are frozen by a multiplied activity mask -> static shapes
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, Parameter


class FrozenSEIR(nn.Cell):
    def __init__(self, days=40, stop_level=0.5):
        super().__init__()
        self.days = days
        self.stop_level = stop_level
        self.beta = Parameter(Tensor(0.35, ms.float32), name="beta")
        self.sigma = Parameter(Tensor(0.25, ms.float32), name="sigma")
        self.gamma = Parameter(Tensor(0.2, ms.float32), name="gamma")

    def construct(self, s, e, i, r):
        for _ in range(self.days):
            active = (i > self.stop_level).astype(ms.float32)
            n = s + e + i + r
            exp_ = active * self.beta * s * i / n
            inc = active * self.sigma * e
            rec = active * self.gamma * i
            s = s - exp_
            e = e + exp_ - inc
            i = i + inc - rec
            r = r + rec
        return ops.stack([s, e, i, r])


def make():
    np.random.seed(3)
    n = 8
    pop = np.random.uniform(800, 3000, size=n).astype(np.float32)
    i0 = np.random.uniform(0.0, 3.0, size=n).astype(np.float32)
    e0 = np.random.uniform(0.0, 2.0, size=n).astype(np.float32)
    s0 = pop - i0 - e0
    return FrozenSEIR(), (Tensor(s0), Tensor(e0), Tensor(i0), Tensor(np.zeros(n, np.float32)))
