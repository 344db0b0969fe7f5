# case: keep the lowest wind layers up to the planned ceiling, layer count fixed when the model is built -> slice with a Python int, expected static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

LAYER_THICKNESS_M = 150.0


class WindBelowCeiling(nn.Cell):
    def __init__(self, planned_ceiling_m=1200.0):
        super().__init__()
        self.k = int(planned_ceiling_m // LAYER_THICKNESS_M)
        self.proj = nn.Dense(2, 4)

    def construct(self, wind_uv):
        usable = wind_uv[:self.k]
        feats = self.proj(usable)
        shear = usable[1:] - usable[:-1]
        return feats.mean(axis=0), ops.norm(shear, dim=-1).max()


def make():
    np.random.seed(22)
    wind = Tensor(np.random.randn(20, 2).astype(np.float32))
    return WindBelowCeiling(), (wind,)
