# case: a @ms.jit_class holding CO2/SO2 alarm thresholds that construct only reads and calls -> read-only jit_class use, Graph mode should compile
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


@ms.jit_class
class GasThresholds:
    def __init__(self, alarm_ratio=8.0, floor_ppm=1e-3):
        self.alarm_ratio = alarm_ratio
        self.floor_ppm = floor_ppm

    def ratio(self, co2, so2):
        return co2 / (so2 + self.floor_ppm)


class GasRatioAlarm(nn.Cell):
    def __init__(self):
        super().__init__()
        self.th = GasThresholds()

    def construct(self, co2_ppm, so2_ppm):
        r = self.th.ratio(co2_ppm, so2_ppm)
        alarm = (r > self.th.alarm_ratio).astype(ms.float32)
        return r.mean(), alarm.sum()


def make():
    np.random.seed(112)
    co2 = Tensor(np.abs(np.random.randn(48)).astype(np.float32) * 400 + 400)
    so2 = Tensor(np.abs(np.random.randn(48)).astype(np.float32) * 50 + 10)
    return GasRatioAlarm(), (co2, so2)
