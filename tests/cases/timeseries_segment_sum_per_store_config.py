# case: hierarchical forecaster aggregates bottom-level series to store totals with unsorted_segment_sum, num_segments from config -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class HierarchicalAggregator(nn.Cell):
    def __init__(self, lookback=12, horizon=3, num_stores=4):
        super().__init__()
        self.num_stores = num_stores
        self.bottom = nn.Dense(lookback, horizon)
        self.top_correction = nn.Dense(horizon, horizon)

    def aggregate(self, values, store_ids):
        totals = ops.unsorted_segment_sum(values, store_ids, self.num_stores)
        counts = ops.unsorted_segment_sum(ops.ones_like(values[:, :1]), store_ids, self.num_stores)
        return totals, counts

    def construct(self, history, store_ids):
        bottom = self.bottom(history)                      # (N, H)
        totals, counts = self.aggregate(bottom, store_ids)
        totals = totals + self.top_correction(totals / ops.maximum(counts, 1.0))
        return bottom, totals


def make():
    np.random.seed(33)
    history = Tensor(np.random.randn(10, 12).astype(np.float32))
    store_ids = Tensor(np.array([0, 0, 1, 2, 2, 2, 3, 1, 0, 3], dtype=np.int32))
    return HierarchicalAggregator(), (history, store_ids)
