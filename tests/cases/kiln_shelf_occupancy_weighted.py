# case: kiln shelf loader weights ware heights by the 0/1 occupancy map and counts loaded slots with a sum -> no data-dependent shapes, expect static graph
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
        occ = occupancy.astype(ms.float32)
        gaps = clearance(ware_heights, self.shelf_gap)
        too_tall = ops.relu(self.margin - gaps) * occ
        n_loaded = occ.sum()
        return too_tall.sum(), n_loaded


def make():
    np.random.seed(6)
    occupancy = (np.random.rand(24) > 0.4).astype(np.int32)
    heights = np.random.uniform(5, 23, 24).astype(np.float32)
    return ShelfLoadChecker(), (Tensor(occupancy), Tensor(heights))
