# case: classify DEM cells into fixed contour bands with three-argument ops.where over a constant level list -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

LEVELS = (100.0, 200.0, 300.0, 400.0)


class BandClassifier(nn.Cell):
    def __init__(self, levels=LEVELS):
        super().__init__()
        self.levels = levels

    def construct(self, dem):
        band = ops.zeros_like(dem)
        for lvl in self.levels:
            band = ops.where(dem >= lvl, band + 1.0, band)
        counts = []
        for k in range(len(self.levels) + 1):
            counts.append((band == k).astype(ms.float32).sum())
        return band, ops.stack(counts)


def make():
    np.random.seed(12)
    dem = (np.random.rand(48, 48) * 500.0).astype(np.float32)
    return BandClassifier(), (Tensor(dem),)
