# case: basin-averaged precipitation with region ids found by unique + unsorted_segment_sum -> dynamic shape at line 21
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class RegionAverager(nn.Cell):
    """Area-weighted mean of a gridded field per hydrological region id."""

    def __init__(self, use_area_weights=True):
        super().__init__()
        self.use_area_weights = use_area_weights

    def _weights(self, lat, field):
        w = ops.cos(lat * 3.14159265 / 180.0)[:, None]
        return ops.broadcast_to(w, field.shape)

    def construct(self, field, region_ids, lat):
        w = self._weights(lat, field) if self.use_area_weights else ops.ones_like(field)
        flat_ids = region_ids.reshape(-1)
        regions, inverse = ops.unique(flat_ids)
        n_regions = regions.shape[0]
        num = ops.unsorted_segment_sum((field * w).reshape(-1), inverse, n_regions)
        den = ops.unsorted_segment_sum(w.reshape(-1), inverse, n_regions)
        return regions, num / den


def make():
    rng = np.random.RandomState(3)
    field = Tensor(rng.rand(6, 8).astype(np.float32))
    ids = Tensor(rng.randint(0, 4, size=(6, 8)).astype(np.int32))
    lat = Tensor(np.linspace(-60, 60, 6).astype(np.float32))
    return RegionAverager(), (field, ids, lat)
