# case: PINN MLP built from an nn.Dense subclass with a layer-wise trainable activation slope (Jagtap et al.) created in a helper, calls super().construct -> Parameter set up in __init__ helper, no hazard, Graph mode static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, Parameter
from dataclasses import dataclass, field


@dataclass
class AdaptiveMLPConfig:
    layers: tuple = (2, 32, 32, 32, 1)
    slope_recovery: bool = True
    scale_factor: float = 10.0


class AdaptiveTanhDense(nn.Dense):
    def __init__(self, in_channels, out_channels, scale_factor=10.0, activate=True):
        super().__init__(in_channels, out_channels)
        self.scale_factor = scale_factor
        self.activate = activate
        self._init_slope()

    def _init_slope(self):
        self.slope = Parameter(Tensor(np.array([1.0 / self.scale_factor], np.float32)), name="slope")

    def construct(self, x):
        y = super().construct(x)
        if self.activate:
            y = ops.tanh(self.scale_factor * self.slope * y)
        return y


class AdaptivePINN(nn.Cell):
    def __init__(self, config: AdaptiveMLPConfig):
        super().__init__()
        dims = config.layers
        n = len(dims) - 1
        self.blocks = nn.CellList([AdaptiveTanhDense(dims[i], dims[i + 1], config.scale_factor, activate=i < n - 1)
                                   for i in range(n)])
        self.slope_recovery = config.slope_recovery

    def construct(self, x):
        slopes = []
        for blk in self.blocks:
            x = blk(x)
            slopes.append(ops.exp(blk.slope * blk.scale_factor).mean())
        if self.slope_recovery:
            return x, 1.0 / (sum(slopes[:-1]) / (len(slopes) - 1))
        return x, ops.zeros((), ms.float32)


def make():
    np.random.seed(30)
    x = Tensor(np.random.rand(64, 2).astype(np.float32))
    return AdaptivePINN(AdaptiveMLPConfig()), (x,)
