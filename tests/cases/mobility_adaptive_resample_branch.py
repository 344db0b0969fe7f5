# case: trajectory resampler downsamples long trips (branch on tensor distance) so branches return different lengths -> compile error at line 22
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


def path_length(xy):
    d = xy[1:] - xy[:-1]
    return ops.sqrt((d * d).sum(axis=1)).sum()


class AdaptiveResampler(nn.Cell):
    """Long trips are thinned to every `stride`-th fix to bound encoder cost."""

    def __init__(self, long_trip_m=500.0, stride=2):
        super().__init__()
        self.long_trip_m = long_trip_m
        self.stride = stride

    def construct(self, xy):
        if path_length(xy) > self.long_trip_m:
            xy = xy[::self.stride]
        return xy


class TrajectoryRegressor(nn.Cell):
    def __init__(self, hidden=16):
        super().__init__()
        self.resample = AdaptiveResampler()
        self.point_mlp = nn.Dense(2, hidden)
        self.head = nn.Dense(hidden, 1)

    def construct(self, xy):
        pts = self.resample(xy)
        h = ops.relu(self.point_mlp(pts)).max(axis=0)
        return self.head(ops.expand_dims(h, 0))


def make():
    np.random.seed(13)
    xy = np.cumsum(np.random.rand(10, 2) * 100, axis=0).astype(np.float32)
    return TrajectoryRegressor(), (Tensor(xy),)
