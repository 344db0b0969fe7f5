# case: a @ms.jit_class CO2/SO2 ratio tracker whose running count is incremented inside construct -> mutating a jit_class attribute in the graph
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


@ms.jit_class
class RatioTracker:
    def __init__(self):
        self.count = 0
        self.alarm_ratio = 8.0

    def ratio(self, co2, so2):
        return co2 / (so2 + 1e-3)


class GasRatioMonitor(nn.Cell):
    def __init__(self):
        super().__init__()
        self.tracker = RatioTracker()

    def construct(self, co2_ppm, so2_ppm):
        r = self.tracker.ratio(co2_ppm, so2_ppm)
        self.tracker.count = self.tracker.count + 1
        alarm = (r > self.tracker.alarm_ratio).astype(ms.float32)
        return r.mean(), alarm.sum()


def make():
    np.random.seed(111)
    co2 = Tensor(np.abs(np.random.randn(48)).astype(np.float32) * 400 + 400)
    so2 = Tensor(np.abs(np.random.randn(48)).astype(np.float32) * 50 + 10)
    return GasRatioMonitor(), (co2, so2)
