# case: guard the GPS speed computation with try/except against division problems inside construct -> try statement in graph
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


def haversine(lat1, lon1, lat2, lon2, r=6371000.0):
    dlat = lat2 - lat1
    dlon = lon2 - lon1
    a = ops.sin(dlat / 2) ** 2 + ops.cos(lat1) * ops.cos(lat2) * ops.sin(dlon / 2) ** 2
    return 2 * r * ops.asin(ops.sqrt(a))


class GpsSpeed(nn.Cell):
    def __init__(self, dt=1.0):
        super().__init__()
        self.dt = dt

    def construct(self, lat, lon):
        d = haversine(lat[:-1], lon[:-1], lat[1:], lon[1:])
        try:
            speed = d / self.dt
        except ZeroDivisionError:
            speed = ops.zeros_like(d)
        return speed.mean() * 3.6, d.sum()


def make():
    np.random.seed(151)
    lat = np.deg2rad(51.5 + np.cumsum(np.random.normal(0.00005, 0.00001, 200))).astype(np.float32)
    lon = np.deg2rad(-0.12 + np.cumsum(np.random.normal(0.00007, 0.00001, 200))).astype(np.float32)
    return GpsSpeed(), (Tensor(lat), Tensor(lon))
