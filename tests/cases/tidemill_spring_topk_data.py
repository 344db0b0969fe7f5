# case: pick the top-k tidal ranges where k is the number of spring-tide days counted from the data -> k comes from a tensor value, Graph mode should reject
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


def daily_range(h, samples_per_day):
    days = h.reshape(-1, samples_per_day)
    return days.max(axis=1) - days.min(axis=1)


class SpringTideRanker(nn.Cell):
    def __init__(self, samples_per_day=24, spring_threshold=5.0):
        super().__init__()
        self.spd = samples_per_day
        self.spring_threshold = spring_threshold

    def construct(self, heights):
        ranges = daily_range(heights, self.spd)
        n_spring = (ranges > self.spring_threshold).astype(ms.int32).sum()
        top_ranges, top_days = ops.topk(ranges, int(n_spring))
        return top_ranges, top_days


def make():
    np.random.seed(3281)
    days = 14
    t = np.arange(days * 24)
    fortnight = 1.0 + 0.45 * np.cos(2 * np.pi * t / (14.77 * 24))
    h = 3.0 * fortnight * np.sin(2 * np.pi * t / 12.42) + np.random.randn(t.size) * 0.05
    return SpringTideRanker(), (Tensor(h.astype(np.float32)),)
