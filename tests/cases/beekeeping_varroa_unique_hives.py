# case: varroa mite sticky-board tally uses ops.unique over hive ids to count boards per hive -> unique output shape depends on data in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class VarroaBoardTally(nn.Cell):
    def __init__(self, n_hives=8):
        super().__init__()
        self.n_hives = n_hives

    def construct(self, hive_ids, mite_counts):
        uniq_hives, slot = ops.unique(hive_ids)
        per_hive = ops.unsorted_segment_sum(mite_counts, slot, uniq_hives.shape[0])
        return uniq_hives, per_hive


def make():
    np.random.seed(31)
    hive_ids = np.random.randint(0, 8, size=20).astype(np.int32)
    counts = np.random.poisson(4.0, size=20).astype(np.float32)
    return VarroaBoardTally(), (Tensor(hive_ids), Tensor(counts))
