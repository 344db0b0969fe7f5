# case: colour matching, averages Lab readings per dye lot slot where lot slots are pre-indexed 0..7 by the MES -> segment sum with a constant segment count, Graph mode fine
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

N_LOT_SLOTS = 8


class DyeLotAverager(nn.Cell):
    def __init__(self, n_slots=N_LOT_SLOTS):
        super().__init__()
        self.n_slots = n_slots

    def construct(self, slot_ids, lab):
        sums = ops.unsorted_segment_sum(lab, slot_ids, self.n_slots)
        counts = ops.unsorted_segment_sum(ops.ones_like(lab[:, :1]), slot_ids, self.n_slots)
        means = sums / ops.maximum(counts, 1.0)
        present = counts > 0
        return means, present


def make():
    np.random.seed(3080)
    slot_ids = Tensor(np.random.randint(0, N_LOT_SLOTS, size=40).astype(np.int32))
    lab = Tensor(np.random.rand(40, 3).astype(np.float32) * np.array([100, 40, 40], np.float32))
    return DyeLotAverager(), (slot_ids, lab)
