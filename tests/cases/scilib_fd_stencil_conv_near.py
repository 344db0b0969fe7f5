# case: finite-difference residual cell for the 1D heat equation applies a fixed second-difference stencil via a frozen Conv1d with periodic padding -> dense constant weights and shape-derived slicing, Graph mode static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

STENCILS = {
    2: [1.0, -2.0, 1.0],
    4: [-1.0 / 12, 4.0 / 3, -5.0 / 2, 4.0 / 3, -1.0 / 12],
}


class HeatFDConfig:
    order = 4
    dx = 1.0 / 32
    dt = 1e-4
    diffusivity = 1.0


class SecondDerivative(nn.Conv1d):
    def __init__(self, order, dx):
        coeffs = STENCILS[order]
        super().__init__(1, 1, len(coeffs), pad_mode="valid", has_bias=False,
                         weight_init=Tensor(np.array(coeffs, np.float32).reshape(1, 1, -1) / dx ** 2))
        self.weight.requires_grad = False
        self.half = len(coeffs) // 2

    def construct(self, u):
        h = self.half
        u_pad = ops.concat((u[..., -h:], u, u[..., :h]), axis=-1)
        return super().construct(u_pad)


class HeatFDResidual(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.d2 = SecondDerivative(config.order, config.dx)
        self.dt = config.dt
        self.kappa = config.diffusivity

    def construct(self, u_now, u_next):
        u_t = (u_next - u_now) / self.dt
        return u_t - self.kappa * self.d2(u_next)


def make():
    np.random.seed(17)
    x = np.linspace(0, 1, 32, endpoint=False)
    u0 = np.sin(2 * np.pi * x)[None, None, :].repeat(2, axis=0).astype(np.float32)
    u1 = (u0 * np.exp(-4 * np.pi ** 2 * 1e-4)).astype(np.float32)
    return HeatFDResidual(HeatFDConfig()), (Tensor(u0), Tensor(u1))
