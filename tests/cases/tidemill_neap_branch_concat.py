# case: on neap tides pad the generation schedule with an extra holding block, otherwise return it as is -> branches on a tensor value return different shapes, Graph mode should reject
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ScheduleAdjuster(nn.Cell):
    def __init__(self, neap_range_m=2.5, hold_steps=4):
        super().__init__()
        self.neap_range_m = neap_range_m
        self.hold = Tensor(np.zeros(hold_steps, np.float32))

    def tidal_range(self, heights):
        return heights.max() - heights.min()

    def construct(self, heights, schedule):
        if self.tidal_range(heights) < self.neap_range_m:
            out = ops.concat((schedule, self.hold))
        else:
            out = schedule
        return out


def make():
    np.random.seed(3286)
    t = np.linspace(0, 2 * np.pi, 50)
    heights = 1.0 * np.sin(t) + np.random.randn(50) * 0.02
    schedule = (np.random.rand(24) > 0.5).astype(np.float32)
    return ScheduleAdjuster(), (Tensor(heights.astype(np.float32)), Tensor(schedule))
