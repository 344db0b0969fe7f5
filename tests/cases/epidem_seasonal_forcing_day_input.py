# case: seasonally forced SIR step where the day of year is passed in as a tensor input and forcing uses ops.cos -> static shapes
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, Parameter


class SeasonalSIR(nn.Cell):
    def __init__(self, amplitude=0.2, period=365.0):
        super().__init__()
        self.beta0 = Parameter(Tensor(0.3, ms.float32), name="beta0")
        self.gamma = Parameter(Tensor(0.1, ms.float32), name="gamma")
        self.amplitude = amplitude
        self.two_pi_over_period = 2.0 * np.pi / period

    def construct(self, s, i, r, day):
        beta = self.beta0 * (1.0 + self.amplitude * ops.cos(day * self.two_pi_over_period))
        n = s + i + r
        inf = beta * s * i / n
        rec = self.gamma * i
        return s - inf, i + inf - rec, r + rec


def make():
    np.random.seed(25)
    pop = np.random.uniform(1e3, 5e3, size=3).astype(np.float32)
    i0 = np.random.uniform(1, 10, size=3).astype(np.float32)
    return SeasonalSIR(), (Tensor(pop - i0), Tensor(i0), Tensor(np.zeros(3, np.float32)), Tensor(40.0, ms.float32))
