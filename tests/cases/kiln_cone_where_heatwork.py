# case: pyrometric cone estimator accumulates heat-work above the bending point using three-argument ops.where -> same shapes everywhere, expect static graph
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
        excess = ops.where(above, readings - self.bend_temp, ops.zeros_like(readings))
        return (excess * minutes).sum() * self.rate_weight


def make():
    np.random.seed(317)
    readings = np.linspace(1100, 1240, 40).astype(np.float32) + np.random.randn(40).astype(np.float32)
    minutes = np.full(40, 5.0, dtype=np.float32)
    return ConeHeatWork(), (Tensor(readings), Tensor(minutes))
