# case: @ms.jit function computing haversine distance and initial bearing between consecutive fixes -> static
import math
import numpy as np
import mindspore as ms
from mindspore import ops, Tensor

RAD = math.pi / 180.0


def _to_rad(x):
    return x * RAD


@ms.jit
def leg_distance_bearing(lat, lon):
    phi1, phi2 = _to_rad(lat[:-1]), _to_rad(lat[1:])
    dphi = phi2 - phi1
    dlmb = _to_rad(lon[1:] - lon[:-1])
    a = ops.sin(dphi / 2) ** 2 + ops.cos(phi1) * ops.cos(phi2) * ops.sin(dlmb / 2) ** 2
    dist_m = 2 * 6371000.0 * ops.asin(ops.sqrt(ops.clamp(a, 0.0, 1.0)))
    y = ops.sin(dlmb) * ops.cos(phi2)
    x = ops.cos(phi1) * ops.sin(phi2) - ops.sin(phi1) * ops.cos(phi2) * ops.cos(dlmb)
    bearing = ops.floor_mod(ops.atan2(y, x) / RAD + 360.0, 360.0)
    turn = bearing[1:] - bearing[:-1]
    turn = ops.floor_mod(turn + 180.0, 360.0) - 180.0
    return dist_m, bearing, ops.abs(turn).mean()


def make():
    np.random.seed(34)
    lat = (31.2 + np.cumsum(np.random.rand(8) * 0.002)).astype(np.float32)
    lon = (121.4 + np.cumsum(np.random.rand(8) * 0.002)).astype(np.float32)
    return leg_distance_bearing, (Tensor(lat), Tensor(lon))
