# case: kiln shelf loader finds occupied shelf slots with ops.nonzero and gathers the ware heights at those slots -> data-dependent count of slots
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


def clearance(heights, shelf_gap):
    return shelf_gap - heights


class ShelfLoadChecker(nn.Cell):
    def __init__(self, shelf_gap_cm=22.0, post_margin_cm=1.5):
        super().__init__()
        self.shelf_gap = shelf_gap_cm
        self.margin = post_margin_cm

    def construct(self, occupancy, ware_heights):
        # occupancy: (slots,) 0/1 ; ware_heights: (slots,) cm
        idx = ops.nonzero(occupancy).reshape(-1)
        placed = ops.gather(ware_heights, idx, 0)
        gaps = clearance(placed, self.shelf_gap)
        too_tall = ops.relu(self.margin - gaps)
        return too_tall.sum(), placed.shape[0]


def make():
    np.random.seed(5)
    occupancy = (np.random.rand(24) > 0.4).astype(np.int32)
    heights = np.random.uniform(5, 23, 24).astype(np.float32)
    return ShelfLoadChecker(), (Tensor(occupancy), Tensor(heights))
