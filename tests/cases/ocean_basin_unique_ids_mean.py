# case: basin-wise mean runoff where the set of basins present is found with ops.unique and segment-summed -> dynamic shape from unique
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class BasinRunoff(nn.Cell):
    def __init__(self):
        super().__init__()
        self.unique = ops.Unique()

    def construct(self, runoff, basin_id):
        basins, inverse = self.unique(basin_id)
        n = basins.shape[0]
        totals = ops.unsorted_segment_sum(runoff, inverse, n)
        counts = ops.unsorted_segment_sum(ops.ones_like(runoff), inverse, n)
        return basins, totals / counts


def make():
    np.random.seed(6)
    ids = np.random.choice([3, 7, 11, 19], 40).astype(np.int32)
    runoff = np.random.gamma(1.5, 2.0, 40).astype(np.float32)
    return BasinRunoff(), (Tensor(runoff), Tensor(ids))
