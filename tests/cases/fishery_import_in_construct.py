# case: vessel track feature extractor imports math inside construct to get the Earth radius conversion -> import statement in construct
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class TrackFeatures(nn.Cell):
    def __init__(self):
        super().__init__()

    def construct(self, lat_deg, lon_deg):
        import math
        k = math.pi / 180.0
        dlat = (lat_deg[1:] - lat_deg[:-1]) * k
        dlon = (lon_deg[1:] - lon_deg[:-1]) * k * ops.cos(lat_deg[1:] * k)
        step_km = 6371.0 * ops.sqrt(dlat * dlat + dlon * dlon + 1e-12)
        return step_km.sum(), step_km.max()


def make():
    np.random.seed(39)
    lat = Tensor((56.0 + np.cumsum(np.random.randn(40) * 0.01)).astype(np.float32))
    lon = Tensor((3.0 + np.cumsum(np.random.randn(40) * 0.01)).astype(np.float32))
    return TrackFeatures(), (lat, lon)
