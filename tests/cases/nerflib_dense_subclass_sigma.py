# case: density output layer subclasses nn.Dense, calls super().construct and applies truncated-exp activation with an optional bias Parameter made in a helper -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, Parameter
from typing import Optional

TRUNC_MAX = 15.0


def trunc_exp(x):
    return ops.exp(ops.clamp(x, -TRUNC_MAX, TRUNC_MAX))


class SigmaConfig:
    hidden = 32
    activation = "trunc_exp"
    init_density_bias = -1.0


class SigmaDense(nn.Dense):
    def __init__(self, in_channels, config, density_bias: Optional[float] = None):
        super().__init__(in_channels, 1, has_bias=True)
        self.activation_name = getattr(config, "activation", "softplus")
        self._init_density_bias(density_bias)

    def _init_density_bias(self, value):
        self.use_density_bias = value is not None
        v = 0.0 if value is None else value
        self.density_bias = Parameter(Tensor(np.array([v], np.float32)), name="density_bias")

    def construct(self, x):
        raw = super().construct(x)
        if self.use_density_bias:
            raw = raw + self.density_bias
        if self.activation_name == "trunc_exp":
            return trunc_exp(raw)
        return ops.softplus(raw)


class DensityNet(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.trunk = nn.SequentialCell([nn.Dense(3, config.hidden), nn.ReLU()])
        self.sigma = SigmaDense(config.hidden, config, density_bias=config.init_density_bias)

    def construct(self, pts):
        return self.sigma(self.trunk(pts)).squeeze(-1)


def make():
    np.random.seed(118)
    pts = np.random.randn(20, 3).astype(np.float32)
    return DensityNet(SigmaConfig()), (Tensor(pts),)
