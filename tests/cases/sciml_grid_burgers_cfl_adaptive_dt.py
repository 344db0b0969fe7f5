# case: 1D inviscid Burgers upwind step with a CFL time step computed via Python float()/min() on the velocity tensor -> compile error at line 25
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class UpwindFlux(nn.Cell):
    def construct(self, u):
        f = 0.5 * u * u
        f_left = ops.concat((f[..., -1:], f[..., :-1]), axis=-1)
        f_right = ops.concat((f[..., 1:], f[..., :1]), axis=-1)
        return ops.where(u > 0, f - f_left, f_right - f)


class BurgersSolver(nn.Cell):
    def __init__(self, dx=0.05, cfl=0.5, dt_max=0.02, n_steps=4):
        super().__init__()
        self.dx = dx
        self.cfl = cfl
        self.dt_max = dt_max
        self.n_steps = n_steps
        self.flux = UpwindFlux()

    def stable_dt(self, u):
        u_max = float(ops.abs(u).max())
        return min(self.dt_max, self.cfl * self.dx / (u_max + 1e-6))

    def construct(self, u):
        t = 0.0
        for _ in range(self.n_steps):
            dt = self.stable_dt(u)
            u = u - dt / self.dx * self.flux(u)
            t = t + dt
        return u, t


def make():
    x = np.linspace(0, 1, 20, endpoint=False, dtype=np.float32)
    u0 = (1.0 + 0.5 * np.sin(2 * np.pi * x)).astype(np.float32)
    return BurgersSolver(), (Tensor(u0[None]),)
