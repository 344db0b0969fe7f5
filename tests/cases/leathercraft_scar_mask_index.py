# case: grain-side scar map, collect the severity of every cell above the scar threshold with a boolean mask -> boolean-mask indexing gives a data-dependent shape in Graph mode
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
        scar_cells = g[g > self.scar_threshold]
        return scar_cells.sum(), scar_cells


def make():
    np.random.seed(3073)
    grid = Tensor(np.random.rand(32, 48).astype(np.float32))
    return ScarCollector(scar_threshold=0.55), (grid,)
