# case: pyrometric cone estimator collects thermocouple readings above the cone 6 bending point with ops.masked_select before averaging -> data-dependent length
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

CONE6_BEND_C = 1222.0


class ConeHeatWork(nn.Cell):
    def __init__(self, bend_temp=CONE6_BEND_C):
        super().__init__()
        self.bend_temp = bend_temp
        self.rate_weight = ms.Parameter(Tensor(np.array([0.8], np.float32)), name="rate_weight")

    def construct(self, readings, minutes):
        above = readings > self.bend_temp
        hot = ops.masked_select(readings, above)
        hot_minutes = ops.masked_select(minutes, above)
        excess = (hot - self.bend_temp) * hot_minutes
        return excess.sum() * self.rate_weight


def make():
    np.random.seed(316)
    readings = np.linspace(1100, 1240, 40).astype(np.float32) + np.random.randn(40).astype(np.float32)
    minutes = np.full(40, 5.0, dtype=np.float32)
    return ConeHeatWork(), (Tensor(readings), Tensor(minutes))
