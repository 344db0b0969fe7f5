# case: SIR step that increments a module-level global day counter and uses it to scale seasonal forcing -> global state mutated in construct
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, Parameter

SIM_DAY = 0


class SeasonalSIR(nn.Cell):
    def __init__(self, amplitude=0.2, period=365.0):
        super().__init__()
        self.beta0 = Parameter(Tensor(0.3, ms.float32), name="beta0")
        self.gamma = Parameter(Tensor(0.1, ms.float32), name="gamma")
        self.amplitude = amplitude
        self.period = period

    def construct(self, s, i, r):
        global SIM_DAY
        SIM_DAY += 1
        phase = 2.0 * np.pi * SIM_DAY / self.period
        beta = self.beta0 * (1.0 + self.amplitude * ops.cos(Tensor(phase, ms.float32)))
        n = s + i + r
        inf = beta * s * i / n
        rec = self.gamma * i
        return s - inf, i + inf - rec, r + rec


def make():
    np.random.seed(24)
    pop = np.random.uniform(1e3, 5e3, size=3).astype(np.float32)
    i0 = np.random.uniform(1, 10, size=3).astype(np.float32)
    return SeasonalSIR(), (Tensor(pop - i0), Tensor(i0), Tensor(np.zeros(3, np.float32)))
