# case: explicit Euler integrator for the heat equation runs while t < t_end (tensor) and appends each state to a Python list, then stacks it -> list grown in a data-dependent loop, Graph mode should fail
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
        history = [u0]
        while t < t_end:
            u = u + dt * self.coef * self.laplacian(u)
            t = t + dt
            history.append(u)
        return ops.stack(history)


def make():
    np.random.seed(8)
    x = np.linspace(0, 1, 16, dtype=np.float32)
    u0 = Tensor(np.sin(2 * np.pi * x).astype(np.float32))
    return HeatStepper(), (u0, Tensor(0.02, ms.float32), Tensor(0.1, ms.float32))
