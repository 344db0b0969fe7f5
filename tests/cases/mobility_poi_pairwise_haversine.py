# case: pairwise haversine between GPS fixes and a fixed POI table by broadcasting, nearest POI by argmin -> static
import math
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

R_EARTH_KM = 6371.0
DEG2RAD = math.pi / 180.0


def haversine_matrix(lat1, lon1, lat2, lon2):
    lat1 = ops.expand_dims(lat1 * DEG2RAD, 1)
    lon1 = ops.expand_dims(lon1 * DEG2RAD, 1)
    lat2 = ops.expand_dims(lat2 * DEG2RAD, 0)
    lon2 = ops.expand_dims(lon2 * DEG2RAD, 0)
    a = ops.sin((lat2 - lat1) / 2) ** 2 + ops.cos(lat1) * ops.cos(lat2) * ops.sin((lon2 - lon1) / 2) ** 2
    return 2 * R_EARTH_KM * ops.atan2(ops.sqrt(a), ops.sqrt(1 - a))


class NearestPoi(nn.Cell):
    def __init__(self, poi_latlon, max_km=2.0):
        super().__init__()
        self.poi_lat = Tensor(poi_latlon[:, 0])
        self.poi_lon = Tensor(poi_latlon[:, 1])
        self.max_km = max_km

    def construct(self, lat, lon):
        dist = haversine_matrix(lat, lon, self.poi_lat, self.poi_lon)
        nearest = ops.argmin(dist, axis=1)
        d_min = dist.min(axis=1)
        within = (d_min <= self.max_km).astype(ms.float32)
        return nearest, d_min * within


def make():
    np.random.seed(21)
    pois = np.stack([39.9 + np.random.rand(5) * 0.05, 116.3 + np.random.rand(5) * 0.05], 1).astype(np.float32)
    lat = (39.9 + np.random.rand(7) * 0.05).astype(np.float32)
    lon = (116.3 + np.random.rand(7) * 0.05).astype(np.float32)
    return NearestPoi(pois), (Tensor(lat), Tensor(lon))
