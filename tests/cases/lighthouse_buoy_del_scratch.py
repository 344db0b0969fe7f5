# case: compute buoy drift from GPS fixes, then del the scratch difference tensor before returning the drift speed -> del statement in construct, rejected in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


M_PER_DEG_LAT = 111320.0


class BuoyDrift(nn.Cell):
    def __init__(self, fix_interval_s=600.0):
        super().__init__()
        self.fix_interval_s = fix_interval_s

    def construct(self, lat_deg, lon_deg):
        dlat = (lat_deg[1:] - lat_deg[:-1]) * M_PER_DEG_LAT
        coslat = ops.cos(lat_deg[1:] * (np.pi / 180.0))
        dlon = (lon_deg[1:] - lon_deg[:-1]) * M_PER_DEG_LAT * coslat
        dist = ops.sqrt(dlat * dlat + dlon * dlon)
        del dlat, dlon
        return dist / self.fix_interval_s


def make():
    np.random.seed(3070)
    lat = Tensor((50.1 + np.cumsum(np.random.randn(9) * 1e-4)).astype(np.float32))
    lon = Tensor((-5.0 + np.cumsum(np.random.randn(9) * 1e-4)).astype(np.float32))
    return BuoyDrift(), (lat, lon)
