# case: per-region aggregation of line-list cases with unsorted_segment_sum using a region count fixed in the constructor, plus per-region attack rate -> static shapes
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class RegionAggregator(nn.Cell):
    def __init__(self, n_regions=6):
        super().__init__()
        self.n_regions = n_regions

    def attack_rate(self, totals, population):
        return totals / ops.maximum(population, ops.ones_like(population))

    def construct(self, region_idx, case_weights, population):
        totals = ops.unsorted_segment_sum(case_weights, region_idx, self.n_regions)
        counts = ops.unsorted_segment_sum(ops.ones_like(case_weights), region_idx, self.n_regions)
        return totals, counts, self.attack_rate(totals, population)


def make():
    np.random.seed(13)
    n_records = 50
    region_idx = np.random.randint(0, 6, size=n_records).astype(np.int32)
    weights = np.random.uniform(0.5, 1.5, size=n_records).astype(np.float32)
    pop = np.random.uniform(1e3, 1e4, size=6).astype(np.float32)
    return RegionAggregator(), (Tensor(region_idx), Tensor(weights), Tensor(pop))
