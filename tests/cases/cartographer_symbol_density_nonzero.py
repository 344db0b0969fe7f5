# case: list the grid cells whose map symbol density exceeds the legibility limit with ops.nonzero -> dynamic shape
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class DensityChecker(nn.Cell):
    def __init__(self, cell_size=8, max_symbols=5.0):
        super().__init__()
        self.pool = nn.AvgPool2d(kernel_size=cell_size, stride=cell_size)
        self.area = float(cell_size * cell_size)
        self.max_symbols = max_symbols

    def construct(self, symbol_raster):
        density = self.pool(symbol_raster) * self.area
        crowded = ops.nonzero(density[0, 0] > self.max_symbols)
        return crowded, density


def make():
    np.random.seed(41)
    raster = (np.random.rand(1, 1, 64, 64) < 0.09).astype(np.float32)
    return DensityChecker(), (Tensor(raster),)
