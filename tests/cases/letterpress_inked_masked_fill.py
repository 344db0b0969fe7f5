# case: zero out light ink readings with masked_fill before averaging per roller pass -> same-shape masking, Graph mode should stay static
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
        light = densitometer <= self.heavy_level
        readings = ops.masked_fill(densitometer, light, 0.0)
        smoothed = self.roller_average(readings)
        weight = ops.logical_not(light).astype(ms.float32)
        return (smoothed * weight).sum() / ops.maximum(weight.sum(), 1.0)


def make():
    np.random.seed(52)
    dens = np.random.rand(24, 36).astype(np.float32)
    return HeavyInkReport(), (Tensor(dens),)
