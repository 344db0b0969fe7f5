# case: flag crowded map cells by comparing pooled symbol density to a limit and returning a fixed-size float mask -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class DensityChecker(nn.Cell):
    def __init__(self, cell_size=8, max_symbols=5.0, normalise=True):
        super().__init__()
        self.pool = nn.AvgPool2d(kernel_size=cell_size, stride=cell_size)
        self.area = float(cell_size * cell_size)
        self.max_symbols = max_symbols
        self.normalise = normalise

    def construct(self, symbol_raster):
        density = self.pool(symbol_raster) * self.area
        crowded = (density > self.max_symbols).astype(ms.float32)
        if self.normalise:
            density = density / self.max_symbols
        share = crowded.mean()
        return crowded, density, share


def make():
    np.random.seed(42)
    raster = (np.random.rand(1, 1, 64, 64) < 0.09).astype(np.float32)
    return DensityChecker(), (Tensor(raster),)
