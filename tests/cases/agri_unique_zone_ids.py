# case: takes the unique management zone ids present in a field tile and averages yield per distinct zone -> dynamic shape from unique
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ZoneYieldAverager(nn.Cell):
    def __init__(self):
        super().__init__()
        self.unique = ops.Unique()

    def construct(self, zone_ids, yield_map):
        flat_ids = zone_ids.reshape(-1)
        flat_yield = yield_map.reshape(-1)
        zones, inverse = self.unique(flat_ids)
        n_zones = zones.shape[0]
        sums = ops.unsorted_segment_sum(flat_yield, inverse, n_zones)
        counts = ops.unsorted_segment_sum(ops.ones_like(flat_yield), inverse, n_zones)
        return zones, sums / counts


def make():
    np.random.seed(3)
    zone_ids = Tensor(np.random.randint(0, 5, size=(8, 8)).astype(np.int32))
    yield_map = Tensor((np.random.rand(8, 8) * 9 + 3).astype(np.float32))
    return ZoneYieldAverager(), (zone_ids, yield_map)
