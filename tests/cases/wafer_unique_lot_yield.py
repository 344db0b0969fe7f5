# case: groups wafers by lot id with ops.unique and computes per-lot mean yield via unsorted_segment_sum -> dynamic shape from unique
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class LotYield(nn.Cell):
    def __init__(self):
        super().__init__()
        self.unique = ops.Unique()

    def construct(self, lot_ids, good_dies, total_dies):
        lots, idx = self.unique(lot_ids)
        num_lots = lots.shape[0]
        good = ops.unsorted_segment_sum(good_dies, idx, num_lots)
        total = ops.unsorted_segment_sum(total_dies, idx, num_lots)
        return lots, good / total


def make():
    np.random.seed(2)
    lot_ids = Tensor(np.array([3, 3, 7, 7, 7, 11, 3, 11, 14, 14], np.int32))
    total = np.full((10,), 420.0, np.float32)
    good = (total * np.random.uniform(0.8, 0.98, size=10)).astype(np.float32)
    return LotYield(), (lot_ids, Tensor(good), Tensor(total))
