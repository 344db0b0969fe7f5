# case: daily orchard water balance with cumulative ETc minus rain, clipped at field capacity, and irrigation triggered with ops.select -> fixed-shape tensor ops, Graph mode compiles
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class WaterBalance(nn.Cell):
    def __init__(self, kc=0.9, taw_mm=60.0, mad=0.5):
        super().__init__()
        self.kc = kc
        self.taw = taw_mm
        self.trigger = taw_mm * mad
        self.cumsum = ops.CumSum()

    def construct(self, et0, rain):
        etc = et0 * self.kc
        depletion = self.cumsum(etc - rain, 0)
        depletion = ops.clip_by_value(depletion, 0.0, self.taw)
        need = depletion > self.trigger
        irrigate_mm = ops.select(need, depletion, ops.zeros_like(depletion))
        return depletion, irrigate_mm


def make():
    np.random.seed(181)
    et0 = Tensor((np.random.rand(21) * 3 + 3).astype(np.float32))
    rain = Tensor((np.random.rand(21) > 0.8).astype(np.float32) * 8.0)
    return WaterBalance(), (et0, rain)
