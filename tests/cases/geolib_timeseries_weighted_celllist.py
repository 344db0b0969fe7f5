# case: time-series encoder with one encoder per season in an nn.CellList, zipped with date slices, cloud cover used only as a soft weight -> constant loop, fixed shapes, static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class TimeSeriesConfig:
    def __init__(self, in_bands=4, dim=8, num_dates=4, max_cloud=0.3):
        self.in_bands = in_bands
        self.dim = dim
        self.num_dates = num_dates
        self.max_cloud = max_cloud


class DateEncoder(nn.Cell):
    def __init__(self, in_bands, dim):
        super().__init__()
        self.conv = nn.Conv2d(in_bands, dim, 3, pad_mode="same")

    def construct(self, x):
        return ops.relu(self.conv(x)).mean(axis=(2, 3))


class SeasonalEncoder(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.encoders = nn.CellList([DateEncoder(config.in_bands, config.dim) for _ in range(config.num_dates)])
        self.max_cloud = config.max_cloud

    def construct(self, series, cloud_cover):
        weights = (cloud_cover < self.max_cloud).astype(series.dtype)
        feats = []
        for t, enc in enumerate(self.encoders):
            feats.append(enc(series[:, t]) * weights[t])
        stacked = ops.stack(feats, axis=1)
        return stacked.sum(axis=1) / ops.maximum(weights.sum(), 1.0)


def make():
    np.random.seed(3398)
    series = Tensor(np.random.rand(2, 4, 4, 16, 16).astype(np.float32))
    cover = Tensor(np.array([0.1, 0.8, 0.05, 0.6], np.float32))
    return SeasonalEncoder(TimeSeriesConfig()), (series, cover)
