# case: accumulate hourly precipitation from 10-minute frames with a generator expression inside sum() -> generator expression in graph
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class HourlyAccumulation(nn.Cell):
    def __init__(self, frames_per_hour=6, minutes_per_frame=10):
        super().__init__()
        self.frames_per_hour = frames_per_hour
        self.scale = minutes_per_frame / 60.0

    def construct(self, rates):
        # rates: (T, H, W) rain rate in mm/h, T == frames_per_hour
        total = sum(rates[t] * self.scale for t in range(self.frames_per_hour))
        return total


def make():
    np.random.seed(14)
    rates = Tensor(np.random.exponential(2.0, (6, 8, 8)).astype(np.float32))
    return HourlyAccumulation(), (rates,)
