# case: SIR update that clamps compartments at zero with ops.relu and ops.clamp instead of exception handling -> static shapes
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, Parameter


class ClampedSIR(nn.Cell):
    def __init__(self, dt=0.5, steps=4):
        super().__init__()
        self.beta = Parameter(Tensor(0.5, ms.float32), name="beta")
        self.gamma = Parameter(Tensor(0.2, ms.float32), name="gamma")
        self.dt = dt
        self.steps = steps

    def substep(self, s, i, r):
        n = s + i + r
        inf = ops.clamp(self.dt * self.beta * s * i / n, min=0.0)
        inf = ops.minimum(inf, s)
        rec = self.dt * self.gamma * i
        return ops.relu(s - inf), ops.relu(i + inf - rec), r + rec

    def construct(self, s, i, r):
        for _ in range(self.steps):
            s, i, r = self.substep(s, i, r)
        return s, i, r


def make():
    np.random.seed(21)
    pop = np.random.uniform(100, 400, size=6).astype(np.float32)
    i0 = np.random.uniform(5, 30, size=6).astype(np.float32)
    return ClampedSIR(), (Tensor(pop - i0), Tensor(i0), Tensor(np.zeros(6, np.float32)))
