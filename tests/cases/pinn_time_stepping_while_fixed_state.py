# case: explicit Euler integrator runs while t < t_end (tensor) but only carries a fixed-shape state and accumulates energy -> data-dependent loop with static shapes in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class HeatStepper(nn.Cell):
    def __init__(self, nu=0.1, dx=0.1):
        super().__init__()
        self.coef = nu / (dx * dx)

    def laplacian(self, u):
        left = ops.concat((u[-1:], u[:-1]))
        right = ops.concat((u[1:], u[:1]))
        return left - 2.0 * u + right

    def construct(self, u0, dt, t_end):
        u = u0
        t = ops.zeros((), ms.float32)
        energy = ops.zeros((), ms.float32)
        while t < t_end:
            u = u + dt * self.coef * self.laplacian(u)
            energy = energy + dt * (u * u).sum()
            t = t + dt
        return u, energy


def make():
    np.random.seed(9)
    x = np.linspace(0, 1, 16, dtype=np.float32)
    u0 = Tensor(np.sin(2 * np.pi * x).astype(np.float32))
    return HeatStepper(), (u0, Tensor(0.02, ms.float32), Tensor(0.1, ms.float32))
