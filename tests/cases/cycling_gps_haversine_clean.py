# case: GPS speed from haversine distances with an epsilon guard on the time step instead of try/except -> pure tensor math, static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


def haversine(lat1, lon1, lat2, lon2, r=6371000.0):
    dlat = lat2 - lat1
    dlon = lon2 - lon1
    a = ops.sin(dlat / 2) ** 2 + ops.cos(lat1) * ops.cos(lat2) * ops.sin(dlon / 2) ** 2
    return 2 * r * ops.asin(ops.sqrt(ops.clamp(a, 0.0, 1.0)))


class GpsTrack(nn.Cell):
    def __init__(self, eps=1e-3, max_kph=90.0):
        super().__init__()
        self.eps = eps
        self.max_kph = max_kph

    def construct(self, lat, lon, t):
        d = haversine(lat[:-1], lon[:-1], lat[1:], lon[1:])
        dt = ops.maximum(t[1:] - t[:-1], self.eps)
        kph = d / dt * 3.6
        kph = ops.clamp(kph, 0.0, self.max_kph)
        return kph.mean(), d.sum() / 1000.0


def make():
    np.random.seed(152)
    lat = np.deg2rad(48.85 + np.cumsum(np.random.normal(0.00005, 0.00001, 200))).astype(np.float32)
    lon = np.deg2rad(2.35 + np.cumsum(np.random.normal(0.00007, 0.00001, 200))).astype(np.float32)
    t = np.arange(200).astype(np.float32)
    return GpsTrack(), (Tensor(lat), Tensor(lon), Tensor(t))
