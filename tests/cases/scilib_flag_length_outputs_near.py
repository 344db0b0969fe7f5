# case: PDE residual block returns a tuple whose length follows output_residuals / output_fluxes config flags, fluxes off by default -> output tuple shape fixed at compile time by constant flags, Graph mode static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor
from dataclasses import dataclass


@dataclass
class AdvectionConfig:
    velocity: float = 1.0
    dx: float = 0.05
    output_residuals: bool = True
    output_fluxes: bool = False
    upwind: bool = True


def periodic_shift(u, s):
    return ops.concat((u[..., -s:], u[..., :-s]), axis=-1)


def upwind_flux(u, c):
    return c * u if c >= 0 else c * periodic_shift(u, -1)


class AdvectionStep(nn.Cell):
    def __init__(self, config: AdvectionConfig, dt=0.01):
        super().__init__()
        self.c = config.velocity
        self.dx = config.dx
        self.dt = dt
        self.output_residuals = config.output_residuals
        self.output_fluxes = config.output_fluxes
        self.upwind = config.upwind

    def construct(self, u):
        if self.upwind:
            f = upwind_flux(u, self.c)
        else:
            f = 0.5 * self.c * (u + periodic_shift(u, -1))
        div = (f - periodic_shift(f, 1)) / self.dx
        u_new = u - self.dt * div
        outputs = (u_new,)
        if self.output_residuals:
            outputs = outputs + ((u_new - u) / self.dt + div,)
        outputs = outputs + (f,) if self.output_fluxes else outputs
        return outputs


def make():
    x = np.linspace(0, 1, 20, endpoint=False)
    u = np.exp(-100 * (x - 0.5) ** 2)[None].repeat(3, 0).astype(np.float32)
    return AdvectionStep(AdvectionConfig()), (Tensor(u),)
