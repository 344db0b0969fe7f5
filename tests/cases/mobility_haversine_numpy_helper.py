# case: trip-length feature computes haversine with NumPy on asnumpy() inside construct -> compile error at line 24
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


def np_haversine_km(lat, lon):
    lat_r = np.radians(lat)
    lon_r = np.radians(lon)
    dlat = lat_r[1:] - lat_r[:-1]
    dlon = lon_r[1:] - lon_r[:-1]
    a = np.sin(dlat / 2) ** 2 + np.cos(lat_r[:-1]) * np.cos(lat_r[1:]) * np.sin(dlon / 2) ** 2
    return 2 * 6371.0 * np.arcsin(np.sqrt(a))


class TripFeatureNet(nn.Cell):
    """Predicts travel time from trip length and a few handcrafted features."""

    def __init__(self, hidden=16):
        super().__init__()
        self.mlp = nn.SequentialCell([nn.Dense(3, hidden), nn.ReLU(), nn.Dense(hidden, 1)])

    def trip_length(self, coords):
        seg = np_haversine_km(coords[:, 0].asnumpy(), coords[:, 1].asnumpy())
        return Tensor(seg.sum(), ms.float32)

    def construct(self, coords, n_stops):
        length_km = self.trip_length(coords)
        straight = ops.norm(coords[-1] - coords[0]) * 111.0
        feats = ops.stack([length_km, straight, n_stops.astype(ms.float32)])
        return self.mlp(ops.expand_dims(feats, 0))


def make():
    np.random.seed(6)
    coords = np.stack([39.9 + np.cumsum(np.random.rand(8) * 0.005),
                       116.3 + np.cumsum(np.random.rand(8) * 0.005)], axis=1).astype(np.float32)
    return TripFeatureNet(), (Tensor(coords), Tensor(3, ms.int32))
