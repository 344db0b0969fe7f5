# case: camera occupancy scores thresholded, free slot ids gathered with masked_select -> dynamic shape output
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class FreeSlotFinder(nn.Cell):
    def __init__(self, num_slots=24, threshold=0.5):
        super().__init__()
        self.threshold = threshold
        self.slot_ids = Tensor(np.arange(num_slots, dtype=np.int32))

    def occupancy_mask(self, scores):
        # scores: (num_slots,) probability the slot is taken
        return scores > self.threshold

    def construct(self, scores):
        occupied = self.occupancy_mask(scores)
        free = ops.logical_not(occupied)
        free_ids = ops.masked_select(self.slot_ids, free)
        return free_ids, occupied.astype(ms.int32).sum()


def make():
    np.random.seed(0)
    scores = Tensor(np.random.rand(24).astype(np.float32))
    return FreeSlotFinder(), (scores,)
