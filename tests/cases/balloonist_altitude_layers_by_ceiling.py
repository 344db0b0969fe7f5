# case: keep only the wind layers below the measured cloud ceiling, layer count read with .item() -> slice length from tensor value, expected dynamic shape or error
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

LAYER_THICKNESS_M = 150.0


class WindBelowCeiling(nn.Cell):
    def __init__(self, n_layers=20):
        super().__init__()
        self.n_layers = n_layers
        self.proj = nn.Dense(2, 4)

    def layers_below(self, ceiling_m):
        return (ceiling_m / LAYER_THICKNESS_M).astype(ms.int32)

    def construct(self, wind_uv, ceiling_m):
        k = self.layers_below(ceiling_m).item()
        usable = wind_uv[:k]
        feats = self.proj(usable)
        return feats.mean(axis=0)


def make():
    np.random.seed(21)
    wind = Tensor(np.random.randn(20, 2).astype(np.float32))
    ceiling = Tensor(np.array(1200.0, dtype=np.float32))
    return WindBelowCeiling(), (wind, ceiling)
