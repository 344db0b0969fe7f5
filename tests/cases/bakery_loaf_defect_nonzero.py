# case: list the (row, col) grid cells of a loaf scan whose defect score passes the reject level via ops.nonzero -> data-dependent number of coordinates
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class DefectCellLocator(nn.Cell):
    """Coarse defect heat-map over the loaf top, then coordinates of flagged cells."""

    def __init__(self, reject_level=0.6, grid=8):
        super().__init__()
        self.reject_level = reject_level
        self.pool = nn.AvgPool2d(kernel_size=grid, stride=grid)
        self.score = nn.Conv2d(1, 1, 3, pad_mode="same", weight_init="normal")
        self.sigmoid = nn.Sigmoid()

    def construct(self, depth_map):
        coarse = self.pool(depth_map)
        heat = self.sigmoid(self.score(coarse))[0, 0]
        flagged = ops.nonzero(heat > self.reject_level)
        return flagged, heat


def make():
    np.random.seed(7)
    depth = np.random.rand(1, 1, 64, 96).astype(np.float32)
    return DefectCellLocator(), (Tensor(depth),)
