# case: grain-side scar map, total severity of cells above the scar threshold using a 0/1 mask multiply -> fixed shapes, Graph mode fine
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


def normalise_hide(grid):
    lo = grid.min()
    hi = grid.max()
    return (grid - lo) / (hi - lo + 1e-6)


class ScarCollector(nn.Cell):
    def __init__(self, scar_threshold=0.8):
        super().__init__()
        self.scar_threshold = scar_threshold
        self.smooth = nn.AvgPool2d(kernel_size=3, stride=1, pad_mode="same")

    def construct(self, hide_grid):
        g = normalise_hide(hide_grid)
        g = self.smooth(g.reshape(1, 1, 32, 48)).reshape(32, 48)
        mask = (g > self.scar_threshold).astype(ms.float32)
        scar_cells = g * mask
        n_scar = mask.sum()
        return scar_cells.sum(), n_scar


def make():
    np.random.seed(3074)
    grid = Tensor(np.random.rand(32, 48).astype(np.float32))
    return ScarCollector(scar_threshold=0.55), (grid,)
