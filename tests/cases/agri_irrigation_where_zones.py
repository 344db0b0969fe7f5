# case: computes irrigation minutes per zone with ops.where on a soil moisture trigger, keeping zero for wet zones -> static, compiles
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ZoneIrrigation(nn.Cell):
    def __init__(self, trigger=0.22, field_capacity=0.35, mm_per_minute=0.5, root_depth_mm=300.0):
        super().__init__()
        self.trigger = trigger
        self.field_capacity = field_capacity
        self.mm_per_minute = mm_per_minute
        self.root_depth_mm = root_depth_mm

    def construct(self, moisture, rain_forecast_mm):
        zone_vwc = moisture.mean(axis=1)
        need_mm = (self.field_capacity - zone_vwc) * self.root_depth_mm - rain_forecast_mm
        need_mm = ops.relu(need_mm)
        minutes = ops.where(zone_vwc < self.trigger, need_mm / self.mm_per_minute, ops.zeros_like(need_mm))
        return minutes


def make():
    np.random.seed(32)
    moisture = Tensor((np.random.rand(6, 3) * 0.3 + 0.1).astype(np.float32))
    rain = Tensor((np.random.rand(6) * 5).astype(np.float32))
    return ZoneIrrigation(), (moisture, rain)
