# case: builds a plain Python stats object in construct, mutates its fields with tensor values and returns it -> custom Python object in construct, error in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class MeterStats:
    def __init__(self):
        self.peak = None
        self.mean = None
        self.flagged = False


class MeterSummariser(nn.Cell):
    def __init__(self, flag_kwh=4.0):
        super().__init__()
        self.flag_kwh = flag_kwh

    def construct(self, readings):
        stats = MeterStats()
        stats.peak = readings.max()
        stats.mean = readings.mean()
        stats.flagged = stats.peak > self.flag_kwh
        return stats


def make():
    np.random.seed(21)
    r = np.random.uniform(0.0, 5.0, size=(48,)).astype(np.float32)
    return MeterSummariser(), (Tensor(r),)
