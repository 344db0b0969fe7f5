# case: fit a weight trend over the last N days where N is read from a tensor with .item() and used as a slice length -> slice bound from data, Graph mode error or dynamic
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


def linear_slope(y):
    n = y.shape[0]
    t = ops.arange(0, n, dtype=ms.float32)
    t_c = t - t.mean()
    y_c = y - y.mean()
    return (t_c * y_c).sum() / (t_c * t_c).sum()


class RecentWeightTrend(nn.Cell):
    def __init__(self):
        super().__init__()

    def construct(self, weights_kg, window_days):
        n = window_days.item()
        recent = weights_kg[-n:]
        slope = linear_slope(recent)
        return slope * 7.0  # kg per week


def make():
    np.random.seed(51)
    base = 95.0 + 0.1 * np.arange(60) + np.random.randn(60)
    return RecentWeightTrend(), (Tensor(base.astype(np.float32)), Tensor(14, ms.int32))
