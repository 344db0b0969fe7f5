# case: clamps out-of-range water sensor readings to safe limits with ops.select and flags alarms per tank -> static graph
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class SensorLimits:
    def __init__(self):
        self.low = [5.0, 18.0, 6.5, 0.0]
        self.high = [12.0, 28.0, 8.5, 0.5]


class WaterQualityClamp(nn.Cell):
    def __init__(self, limits=None):
        super().__init__()
        limits = limits or SensorLimits()
        self.low = Tensor(np.array(limits.low, dtype=np.float32))
        self.high = Tensor(np.array(limits.high, dtype=np.float32))

    def construct(self, readings):
        too_low = readings < self.low
        too_high = readings > self.high
        low_b = ops.broadcast_to(self.low, readings.shape)
        high_b = ops.broadcast_to(self.high, readings.shape)
        clamped = ops.select(too_low, low_b, readings)
        clamped = ops.select(too_high, high_b, clamped)
        alarm = ops.logical_or(too_low, too_high).any(axis=1)
        return clamped, alarm


def make():
    np.random.seed(5)
    base = np.array([8.0, 23.0, 7.5, 0.2], dtype=np.float32)
    readings = base + np.random.randn(6, 4).astype(np.float32) * np.array([3, 5, 1, 0.3], dtype=np.float32)
    return WaterQualityClamp(), (Tensor(readings.astype(np.float32)),)
