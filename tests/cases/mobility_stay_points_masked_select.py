# case: stay-point detection keeps points under distance/time thresholds with masked_select -> dynamic shape at line 33
import math
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

EARTH_RADIUS_M = 6371000.0


def haversine(lat1, lon1, lat2, lon2):
    rad = math.pi / 180.0
    dlat = (lat2 - lat1) * rad
    dlon = (lon2 - lon1) * rad
    a = ops.sin(dlat / 2) ** 2 + ops.cos(lat1 * rad) * ops.cos(lat2 * rad) * ops.sin(dlon / 2) ** 2
    return 2 * EARTH_RADIUS_M * ops.asin(ops.sqrt(ops.clamp(a, 0.0, 1.0)))


class StayPointDetector(nn.Cell):
    """Flags GPS fixes where the user barely moved for long enough."""

    def __init__(self, dist_thresh_m=200.0, time_thresh_s=120.0):
        super().__init__()
        self.dist_thresh = dist_thresh_m
        self.time_thresh = time_thresh_s

    def stay_mask(self, lat, lon, ts):
        step = haversine(lat[:-1], lon[:-1], lat[1:], lon[1:])
        dt = ts[1:] - ts[:-1]
        return ops.logical_and(step < self.dist_thresh, dt >= self.time_thresh)

    def construct(self, lat, lon, ts):
        is_stay = self.stay_mask(lat, lon, ts)
        stay_lat = ops.masked_select(lat[1:], is_stay)
        stay_lon = ops.masked_select(lon[1:], is_stay)
        centroid = ops.stack([stay_lat.mean(), stay_lon.mean()])
        return centroid


def make():
    np.random.seed(1)
    moving = np.array([0, 1, 0, 0, 1, 1, 0, 0, 1, 0], dtype=np.float32)
    lat = (39.9 + np.cumsum(moving * 0.01 + np.random.rand(10) * 1e-4)).astype(np.float32)
    lon = (116.3 + np.cumsum(moving * 0.01 + np.random.rand(10) * 1e-4)).astype(np.float32)
    ts = np.cumsum(np.random.randint(60, 300, size=10)).astype(np.float32)
    return StayPointDetector(), (Tensor(lat), Tensor(lon), Tensor(ts))
