# case: aggregates hop additions per variety by running ops.unique on the variety ids and summing grams per unique id -> unique output size depends on data, dynamic in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class HopVarietyTotals(nn.Cell):
    def __init__(self):
        super().__init__()
        self.unsorted_sum = ops.UnsortedSegmentSum()

    def construct(self, variety_ids, grams):
        varieties, inverse = ops.unique(variety_ids)
        n_var = varieties.shape[0]
        totals = self.unsorted_sum(grams, inverse, n_var)
        share = totals / grams.sum()
        return varieties, share


def make():
    np.random.seed(12)
    ids = np.array([3, 1, 3, 7, 1, 3, 9], dtype=np.int32)
    grams = np.random.uniform(5, 40, size=7).astype(np.float32)
    return HopVarietyTotals(), (Tensor(ids), Tensor(grams))
