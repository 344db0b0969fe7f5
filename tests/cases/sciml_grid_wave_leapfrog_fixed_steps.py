# case: 1D wave equation leapfrog integrator with a configured number of steps and periodic roll-free stencil -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


def periodic_laplacian(u, dx):
    left = ops.concat((u[..., -1:], u[..., :-1]), axis=-1)
    right = ops.concat((u[..., 1:], u[..., :1]), axis=-1)
    return (left - 2.0 * u + right) / (dx * dx)


class LeapfrogWave(nn.Cell):
    def __init__(self, c=1.0, dx=0.05, dt=0.02, n_steps=8, damping=0.0):
        super().__init__()
        self.c2 = c * c
        self.dx = dx
        self.dt = dt
        self.n_steps = n_steps
        self.damping = damping

    def construct(self, u_prev, u_curr):
        snapshots = []
        for i in range(self.n_steps):
            acc = self.c2 * periodic_laplacian(u_curr, self.dx)
            if self.damping > 0:
                acc = acc - self.damping * (u_curr - u_prev) / self.dt
            u_next = 2.0 * u_curr - u_prev + self.dt * self.dt * acc
            u_prev, u_curr = u_curr, u_next
            if i % 2 == 1:
                snapshots.append(u_curr)
        return u_curr, ops.stack(snapshots, axis=0)


def make():
    x = np.linspace(0, 1, 20, endpoint=False, dtype=np.float32)
    u0 = np.exp(-100 * (x - 0.5) ** 2).astype(np.float32)[None]
    return LeapfrogWave(), (Tensor(u0), Tensor(u0.copy()))
