# case: satellite image time-series encoder loops over acquisition dates, appends only cloud-free dates (tested on the per-date cloud cover tensor) and stacks them -> list length depends on data
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class TimeSeriesConfig:
    def __init__(self, in_bands=4, dim=8, max_cloud=0.3, pool="mean"):
        self.in_bands = in_bands
        self.dim = dim
        self.max_cloud = max_cloud
        self.pool = pool


class DateEncoder(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.conv = nn.Conv2d(config.in_bands, config.dim, 3, pad_mode="same")

    def construct(self, x):
        return ops.relu(self.conv(x)).mean(axis=(2, 3))


class CloudFreeTemporalEncoder(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.encoder = DateEncoder(config)
        self.max_cloud = config.max_cloud
        self.pool = config.pool

    def construct(self, series, cloud_cover):
        kept = []
        for t in range(series.shape[1]):
            if cloud_cover[t] < self.max_cloud:
                kept.append(self.encoder(series[:, t]))
        stacked = ops.stack(kept, axis=1)
        return stacked.mean(axis=1) if self.pool == "mean" else stacked.max(axis=1)


def make():
    np.random.seed(3397)
    series = Tensor(np.random.rand(2, 5, 4, 16, 16).astype(np.float32))
    cover = Tensor(np.array([0.1, 0.8, 0.05, 0.6, 0.2], np.float32))
    return CloudFreeTemporalEncoder(TimeSeriesConfig()), (series, cover)
