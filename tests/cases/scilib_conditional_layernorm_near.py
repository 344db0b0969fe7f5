# case: parametric PDE surrogate uses an nn.LayerNorm subclass whose scale/shift are modulated by optional PDE coefficients, extra epsilon read with getattr -> Optional input checked with is None, Graph mode static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class SurrogateConfig:
    width = 32
    n_coeffs = 3
    n_blocks = 2


class CoeffConditionedLayerNorm(nn.LayerNorm):
    def __init__(self, width, n_coeffs):
        super().__init__((width,))
        self.to_scale = nn.Dense(n_coeffs, width)
        self.to_shift = nn.Dense(n_coeffs, width)

    def construct(self, x, coeffs=None):
        y = super().construct(x)
        y = y + getattr(self, "eps_extra", 0.0)
        if coeffs is None:
            return y
        scale = 1.0 + self.to_scale(coeffs).expand_dims(1)
        shift = self.to_shift(coeffs).expand_dims(1)
        return y * scale + shift


class ParametricSurrogate(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.lift = nn.Dense(2, config.width)
        self.norms = nn.CellList([CoeffConditionedLayerNorm(config.width, config.n_coeffs) for _ in range(config.n_blocks)])
        self.mlps = nn.CellList([nn.Dense(config.width, config.width) for _ in range(config.n_blocks)])
        self.head = nn.Dense(config.width, 1)

    def construct(self, grid, coeffs=None):
        h = self.lift(grid)
        for norm, mlp in zip(self.norms, self.mlps):
            h = h + ops.gelu(mlp(norm(h, coeffs)))
        return self.head(h)


def make():
    np.random.seed(31)
    grid = Tensor(np.random.rand(4, 20, 2).astype(np.float32))
    coeffs = Tensor(np.random.rand(4, 3).astype(np.float32))
    return ParametricSurrogate(SurrogateConfig()), (grid, coeffs)
