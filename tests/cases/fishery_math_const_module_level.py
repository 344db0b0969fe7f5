# case: vessel track feature extractor uses math constants computed at module level and a cumulative distance -> python float constants, static graph
import math
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

DEG2RAD = math.pi / 180.0
EARTH_KM = 6371.0


class TrackFeatures(nn.Cell):
    def __init__(self, gap_km=5.0):
        super().__init__()
        self.gap_km = gap_km

    def construct(self, lat_deg, lon_deg):
        dlat = (lat_deg[1:] - lat_deg[:-1]) * DEG2RAD
        dlon = (lon_deg[1:] - lon_deg[:-1]) * DEG2RAD * ops.cos(lat_deg[1:] * DEG2RAD)
        step_km = EARTH_KM * ops.sqrt(dlat * dlat + dlon * dlon + 1e-12)
        cum_km = ops.cumsum(step_km, axis=0)
        jumps = (step_km > self.gap_km).astype(ms.int32).sum()
        return cum_km[-1], jumps


def make():
    np.random.seed(40)
    lat = Tensor((56.0 + np.cumsum(np.random.randn(40) * 0.01)).astype(np.float32))
    lon = Tensor((3.0 + np.cumsum(np.random.randn(40) * 0.01)).astype(np.float32))
    return TrackFeatures(), (lat, lon)
