# case: on neap tides derate the generation schedule by a factor, otherwise keep it -> branches on a tensor value but both return the same shape, Graph mode should compile
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ScheduleDerate(nn.Cell):
    def __init__(self, neap_range_m=2.5, derate=0.6):
        super().__init__()
        self.neap_range_m = neap_range_m
        self.derate = derate

    def tidal_range(self, heights):
        return heights.max() - heights.min()

    def construct(self, heights, schedule):
        if self.tidal_range(heights) < self.neap_range_m:
            out = schedule * self.derate
        else:
            out = schedule
        return out


def make():
    np.random.seed(3287)
    t = np.linspace(0, 2 * np.pi, 50)
    heights = 1.0 * np.sin(t) + np.random.randn(50) * 0.02
    schedule = (np.random.rand(24) > 0.5).astype(np.float32)
    return ScheduleDerate(), (Tensor(heights.astype(np.float32)), Tensor(schedule))
