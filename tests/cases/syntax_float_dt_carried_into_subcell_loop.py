# case: a step size from float() of tensor data scales the state in an unrolled loop that calls a sub-Cell
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class Rhs(nn.Cell):
    def construct(self, u):
        return -0.5 * u


class Integrator(nn.Cell):
    def __init__(self, n_steps=3):
        super().__init__()
        self.rhs = Rhs()
        self.n_steps = n_steps

    def construct(self, u):
        for _ in range(self.n_steps):
            dt = 0.1 / (float(ops.abs(u).max()) + 1.0)
            u = u + dt * self.rhs(u)
        return u


def make():
    return Integrator(), (Tensor(np.linspace(-1, 1, 6).astype(np.float32)),)
