# case: basin-wise mean runoff with unsorted_segment_sum using a number of basins fixed in the constructor -> static shapes
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class BasinAggregator(nn.Cell):
    def __init__(self, num_basins=6):
        super().__init__()
        self.num_basins = num_basins

    def basin_sum(self, values, ids):
        return ops.unsorted_segment_sum(values, ids, self.num_basins)

    def construct(self, runoff, basin_id, station_weight):
        w = station_weight
        tot = self.basin_sum(runoff * w, basin_id)
        wsum = self.basin_sum(w, basin_id)
        mean = tot / ops.maximum(wsum, ops.ones_like(wsum) * 1e-6)
        share = tot / tot.sum()
        return mean, share


def make():
    np.random.seed(7)
    ids = np.random.randint(0, 6, 30).astype(np.int32)
    runoff = np.random.gamma(2.0, 3.0, 30).astype(np.float32)
    w = np.random.uniform(0.5, 1.5, 30).astype(np.float32)
    return BasinAggregator(), (Tensor(runoff), Tensor(ids), Tensor(w))
