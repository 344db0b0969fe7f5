# case: pull ink readings from the plate where the densitometer flagged heavy inking using ops.masked_select, then average per roller pass -> masked_select output size depends on data
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class HeavyInkReport(nn.Cell):
    def __init__(self, heavy_level=0.7, passes=3):
        super().__init__()
        self.heavy_level = heavy_level
        self.passes = passes

    def roller_average(self, readings):
        total = readings
        for _ in range(self.passes):
            total = total * 0.9 + 0.05
        return total

    def construct(self, densitometer):
        heavy = densitometer > self.heavy_level
        readings = ops.masked_select(densitometer, heavy)
        smoothed = self.roller_average(readings)
        return smoothed.mean(), smoothed.shape[0]


def make():
    np.random.seed(51)
    dens = np.random.rand(24, 36).astype(np.float32)
    return HeavyInkReport(), (Tensor(dens),)
