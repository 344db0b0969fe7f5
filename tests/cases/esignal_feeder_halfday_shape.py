# case: feeder profile splitter takes the first half of the day using x.shape[1] // 2 and compares day/night peaks -> shape-derived slice, fine in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class DayNightPeak(nn.Cell):
    def __init__(self, smooth=3):
        super().__init__()
        self.pool = nn.AvgPool1d(kernel_size=smooth, stride=1)

    def construct(self, load_kw):
        x = self.pool(load_kw.expand_dims(1)).squeeze(1)
        half = x.shape[1] // 2
        night = x[:, :half]
        day = x[:, half:]
        ratio = day.max(axis=1) / (night.max(axis=1) + 1e-3)
        return ratio


def make():
    np.random.seed(43)
    t = np.arange(96)
    load = 400 + 200 * np.sin(2 * np.pi * (t - 30) / 96) + np.random.randn(5, 96) * 10
    return DayNightPeak(), (Tensor(load.astype(np.float32)),)
