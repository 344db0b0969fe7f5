# case: an unrolled integration loop whose state becomes an interpreter value (min() of a Python float from data), then feeds a sub-Cell on the next pass
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class Drift(nn.Cell):
    def construct(self, u):
        g = u * u
        return 0.5 * g - u


class Stepper(nn.Cell):
    def __init__(self, n_steps=3, dt_max=0.1):
        super().__init__()
        self.drift = Drift()
        self.n_steps = n_steps
        self.dt_max = dt_max

    def construct(self, u):
        for _ in range(self.n_steps):
            scale = float(ops.abs(u).max())
            dt = min(self.dt_max, 1.0 / (scale + 1.0))
            u = u + dt * self.drift(u)
        return u


def make():
    return Stepper(), (Tensor(np.linspace(-1, 1, 6).astype(np.float32)),)
