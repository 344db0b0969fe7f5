# case: compartmental step that stores the running peak infection on a plain self attribute inside construct -> attribute write on self in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, Parameter


class PeakTrackingSIR(nn.Cell):
    def __init__(self):
        super().__init__()
        self.beta = Parameter(Tensor(0.3, ms.float32), name="beta")
        self.gamma = Parameter(Tensor(0.1, ms.float32), name="gamma")
        self.peak_infected = Tensor(0.0, ms.float32)

    def construct(self, s, i, r):
        n = s + i + r
        inf = self.beta * s * i / n
        rec = self.gamma * i
        s, i, r = s - inf, i + inf - rec, r + rec
        self.peak_infected = ops.maximum(self.peak_infected, i.sum())
        return s, i, r, self.peak_infected


def make():
    np.random.seed(18)
    pop = np.random.uniform(1e3, 5e3, size=5).astype(np.float32)
    i0 = np.random.uniform(1, 20, size=5).astype(np.float32)
    return PeakTrackingSIR(), (Tensor(pop - i0), Tensor(i0), Tensor(np.zeros(5, np.float32)))
