# case: compute slippy-map tile x/y indices of survey points at a fixed zoom with floor and clip -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor
import math


def lonlat_to_tile(lon, lat, zoom):
    n = 2.0 ** zoom
    x = (lon + 180.0) / 360.0 * n
    lat_r = lat * (math.pi / 180.0)
    y = (1.0 - ops.log(ops.tan(lat_r) + 1.0 / ops.cos(lat_r)) / math.pi) / 2.0 * n
    return ops.floor(x), ops.floor(y)


class TileIndexer(nn.Cell):
    def __init__(self, zoom=10):
        super().__init__()
        self.zoom = zoom
        self.n_tiles = 2 ** zoom

    def construct(self, lonlat):
        tx, ty = lonlat_to_tile(lonlat[:, 0], lonlat[:, 1], self.zoom)
        tx = ops.clip_by_value(tx, 0.0, float(self.n_tiles - 1))
        ty = ops.clip_by_value(ty, 0.0, float(self.n_tiles - 1))
        return ops.stack([tx, ty], axis=1).astype(ms.int32)


def make():
    np.random.seed(35)
    lon = np.random.uniform(5.0, 15.0, 50)
    lat = np.random.uniform(45.0, 55.0, 50)
    return TileIndexer(), (Tensor(np.stack([lon, lat], 1).astype(np.float32)),)
