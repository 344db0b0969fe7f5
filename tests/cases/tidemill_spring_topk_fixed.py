# case: pick the three largest daily tidal ranges with a configured k -> k is a Python int, Graph mode should compile statically
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


def daily_range(h, samples_per_day):
    days = h.reshape(-1, samples_per_day)
    return days.max(axis=1) - days.min(axis=1)


class SpringTideTop(nn.Cell):
    def __init__(self, samples_per_day=24, top_k=3):
        super().__init__()
        self.spd = samples_per_day
        self.top_k = top_k

    def construct(self, heights):
        ranges = daily_range(heights, self.spd)
        top_ranges, top_days = ops.topk(ranges, self.top_k)
        spring_ratio = top_ranges.mean() / ranges.mean()
        return top_ranges, top_days, spring_ratio


def make():
    np.random.seed(3282)
    days = 14
    t = np.arange(days * 24)
    fortnight = 1.0 + 0.45 * np.cos(2 * np.pi * t / (14.77 * 24))
    h = 3.0 * fortnight * np.sin(2 * np.pi * t / 12.42) + np.random.randn(t.size) * 0.05
    return SpringTideTop(), (Tensor(h.astype(np.float32)),)
