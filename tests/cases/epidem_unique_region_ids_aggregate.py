# case: aggregate line-list case counts per region with ops.unique on region ids and unsorted_segment_sum over the unique count -> dynamic shape (unique)
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class LineListAggregator(nn.Cell):
    def __init__(self):
        super().__init__()
        self.unique = ops.Unique()

    def construct(self, region_ids, case_weights):
        regions, inverse = self.unique(region_ids)
        totals = ops.unsorted_segment_sum(case_weights, inverse, regions.shape[0])
        return regions, totals


def make():
    np.random.seed(12)
    n_records = 40
    region_ids = np.random.choice([3, 7, 11, 15, 21], size=n_records).astype(np.int32)
    weights = np.random.uniform(0.5, 1.5, size=n_records).astype(np.float32)
    return LineListAggregator(), (Tensor(region_ids), Tensor(weights))
