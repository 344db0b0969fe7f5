# case: average the last 24 pH readings with a window fixed in the monitor config -> constant slice, expect Graph mode to compile statically
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


def calibrate(ph, offset=0.05, slope=1.01):
    return ph * slope + offset


class FixedWindowPhMonitor(nn.Cell):
    def __init__(self, window=24, low=7.8, high=8.4):
        super().__init__()
        self.window = window
        self.low = low
        self.high = high

    def construct(self, readings):
        ph = calibrate(readings)
        recent = ph[-self.window:]
        mean_ph = recent.mean()
        spread = recent.max() - recent.min()
        too_low = (mean_ph < self.low).astype(ms.float32)
        too_high = (mean_ph > self.high).astype(ms.float32)
        return mean_ph, spread, too_low + too_high


def make():
    np.random.seed(12)
    readings = Tensor(np.random.uniform(7.6, 8.5, size=(96,)).astype(np.float32))
    return FixedWindowPhMonitor(), (readings,)
