# case: branch on a tensor path length that rescales coordinates, both branches keep the same shape -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


def path_length(xy):
    d = xy[1:] - xy[:-1]
    return ops.sqrt((d * d).sum(axis=1)).sum()


class ScaleNormalizer(nn.Cell):
    """Long trips are normalised by their length, short ones by a fixed scale."""

    def __init__(self, long_trip_m=500.0, short_scale=100.0):
        super().__init__()
        self.long_trip_m = long_trip_m
        self.short_scale = short_scale

    def construct(self, xy):
        xy = xy - xy[0]
        total = path_length(xy)
        if total > self.long_trip_m:
            xy = xy / total
        else:
            xy = xy / self.short_scale
        return xy


class DestinationRegressor(nn.Cell):
    def __init__(self, n_points=10, hidden=16):
        super().__init__()
        self.norm = ScaleNormalizer()
        self.mlp = nn.SequentialCell([nn.Dense(n_points * 2, hidden), nn.ReLU(), nn.Dense(hidden, 2)])

    def construct(self, xy):
        z = self.norm(xy)
        return self.mlp(z.reshape(1, -1))


def make():
    np.random.seed(37)
    xy = np.cumsum(np.random.rand(10, 2) * 100, axis=0).astype(np.float32)
    return DestinationRegressor(), (Tensor(xy),)
