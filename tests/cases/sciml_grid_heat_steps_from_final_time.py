# case: explicit 1D heat solver whose number of time steps is derived from a final-time tensor -> compile error at line 27
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ExplicitHeat1D(nn.Cell):
    def __init__(self, alpha=0.01, dx=0.1, cfl=0.4, dirichlet=True):
        super().__init__()
        self.alpha = alpha
        self.dx = dx
        self.dt = cfl * dx * dx / alpha
        self.dirichlet = dirichlet

    def laplacian(self, u):
        inner = (u[:, 2:] - 2.0 * u[:, 1:-1] + u[:, :-2]) / (self.dx * self.dx)
        zero = ops.zeros_like(u[:, :1])
        return ops.concat((zero, inner, zero), axis=1)

    def step(self, u):
        u = u + self.dt * self.alpha * self.laplacian(u)
        if self.dirichlet:
            u = ops.concat((ops.zeros_like(u[:, :1]), u[:, 1:-1], ops.zeros_like(u[:, -1:])), axis=1)
        return u

    def construct(self, u0, t_final):
        n_steps = int(t_final / self.dt)
        u = u0
        for _ in range(n_steps):
            u = self.step(u)
        return u


def make():
    np.random.seed(24)
    x = np.linspace(0, 1, 11, dtype=np.float32)
    u0 = np.stack([np.sin(np.pi * x), np.sin(2 * np.pi * x)]).astype(np.float32)
    return ExplicitHeat1D(), (Tensor(u0), Tensor(1.6, ms.float32))
