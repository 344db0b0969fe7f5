# case: colour matching, averages Lab readings per distinct dye lot found in the batch using ops.unique -> unique output length depends on data
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class DyeLotAverager(nn.Cell):
    def __init__(self, max_lots=16):
        super().__init__()
        self.max_lots = max_lots

    def construct(self, lot_ids, lab):
        lots, inverse = ops.unique(lot_ids)
        n_lots = lots.shape[0]
        sums = ops.unsorted_segment_sum(lab, inverse, n_lots)
        counts = ops.unsorted_segment_sum(ops.ones_like(lab[:, :1]), inverse, n_lots)
        return lots, sums / counts


def make():
    np.random.seed(3079)
    lot_ids = Tensor(np.random.choice([101, 104, 107, 111], size=40).astype(np.int32))
    lab = Tensor(np.random.rand(40, 3).astype(np.float32) * np.array([100, 40, 40], np.float32))
    return DyeLotAverager(), (lot_ids, lab)
