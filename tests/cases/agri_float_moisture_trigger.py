# case: converts mean soil moisture to a Python float and uses it to choose an irrigation depth in a Python conditional -> float() of a tensor in construct, graph error or host round trip
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class SoilMoistureTrigger(nn.Cell):
    def __init__(self, refill_point=0.22, field_capacity=0.35, root_depth_mm=400.0):
        super().__init__()
        self.refill_point = refill_point
        self.field_capacity = field_capacity
        self.root_depth_mm = root_depth_mm

    def construct(self, probe_readings):
        mean_vwc = float(probe_readings.mean())
        if mean_vwc < self.refill_point:
            depth_mm = (self.field_capacity - mean_vwc) * self.root_depth_mm
        else:
            depth_mm = 0.0
        return probe_readings * 0 + depth_mm


def make():
    np.random.seed(10)
    probe_readings = Tensor((np.random.rand(4, 3) * 0.3 + 0.1).astype(np.float32))
    return SoilMoistureTrigger(), (probe_readings,)
