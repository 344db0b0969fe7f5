# case: daily soil water balance with cumsum of rain minus evapotranspiration, clipped to field capacity, and an irrigation trigger flag per day -> static, compiles
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class WaterBalance(nn.Cell):
    def __init__(self, initial_mm=60.0, capacity_mm=90.0, trigger_mm=40.0, crop_coef=1.05):
        super().__init__()
        self.initial_mm = initial_mm
        self.capacity_mm = capacity_mm
        self.trigger_mm = trigger_mm
        self.crop_coef = crop_coef

    def construct(self, rain_mm, et0_mm):
        net = rain_mm - et0_mm * self.crop_coef
        storage = ops.clamp(self.initial_mm + ops.cumsum(net, axis=-1), 0.0, self.capacity_mm)
        trigger = (storage < self.trigger_mm).astype(ms.int32)
        return storage, trigger


def make():
    np.random.seed(44)
    rain = Tensor((np.random.rand(3, 14) * np.random.binomial(1, 0.3, (3, 14)) * 20).astype(np.float32))
    et0 = Tensor((np.random.rand(3, 14) * 3 + 3).astype(np.float32))
    return WaterBalance(), (rain, et0)
