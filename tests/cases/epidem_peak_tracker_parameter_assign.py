# case: compartmental step that keeps the running peak in a non-trainable Parameter updated with ops.assign -> static shapes
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, Parameter


class PeakTrackingSIR(nn.Cell):
    def __init__(self):
        super().__init__()
        self.beta = Parameter(Tensor(0.3, ms.float32), name="beta")
        self.gamma = Parameter(Tensor(0.1, ms.float32), name="gamma")
        self.peak_infected = Parameter(Tensor(0.0, ms.float32), name="peak_infected", requires_grad=False)

    def construct(self, s, i, r):
        n = s + i + r
        inf = self.beta * s * i / n
        rec = self.gamma * i
        s, i, r = s - inf, i + inf - rec, r + rec
        ops.assign(self.peak_infected, ops.maximum(self.peak_infected, i.sum()))
        return s, i, r, self.peak_infected


def make():
    np.random.seed(19)
    pop = np.random.uniform(1e3, 5e3, size=5).astype(np.float32)
    i0 = np.random.uniform(1, 20, size=5).astype(np.float32)
    return PeakTrackingSIR(), (Tensor(pop - i0), Tensor(i0), Tensor(np.zeros(5, np.float32)))
