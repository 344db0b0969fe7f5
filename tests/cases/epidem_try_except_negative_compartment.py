# case: SIR update wrapped in try/except that raises and catches ValueError when a compartment goes negative -> try statement in construct, Graph mode error
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, Parameter


class SafeSIR(nn.Cell):
    def __init__(self, dt=1.0):
        super().__init__()
        self.beta = Parameter(Tensor(0.5, ms.float32), name="beta")
        self.gamma = Parameter(Tensor(0.2, ms.float32), name="gamma")
        self.dt = dt

    def construct(self, s, i, r):
        n = s + i + r
        inf = self.dt * self.beta * s * i / n
        rec = self.dt * self.gamma * i
        try:
            s_new = s - inf
            if (s_new < 0).any():
                raise ValueError("negative susceptibles")
        except ValueError:
            s_new = ops.relu(s - inf)
        return s_new, i + inf - rec, r + rec


def make():
    np.random.seed(20)
    pop = np.random.uniform(100, 400, size=6).astype(np.float32)
    i0 = np.random.uniform(5, 30, size=6).astype(np.float32)
    return SafeSIR(), (Tensor(pop - i0), Tensor(i0), Tensor(np.zeros(6, np.float32)))
