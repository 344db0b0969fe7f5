# case: @ms.jit haversine function sums route length over consecutive lat/lon points with static slicing -> static shapes in Graph mode
import math
import numpy as np
import mindspore as ms
from mindspore import ops, Tensor

EARTH_RADIUS_KM = 6371.0
DEG2RAD = math.pi / 180.0


@ms.jit
def route_length_km(latlon):
    rad = latlon * DEG2RAD
    lat1, lon1 = rad[:-1, 0], rad[:-1, 1]
    lat2, lon2 = rad[1:, 0], rad[1:, 1]
    dlat = lat2 - lat1
    dlon = lon2 - lon1
    a = ops.sin(dlat / 2) ** 2 + ops.cos(lat1) * ops.cos(lat2) * ops.sin(dlon / 2) ** 2
    c = 2 * ops.atan2(ops.sqrt(a), ops.sqrt(1 - a))
    seg = EARTH_RADIUS_KM * c
    return seg, seg.sum()


def make():
    np.random.seed(18)
    start = np.array([48.85, 2.35], dtype=np.float32)
    steps = np.random.normal(0, 0.01, size=(10, 2)).astype(np.float32)
    return route_length_km, (Tensor(start + np.cumsum(steps, axis=0)),)
