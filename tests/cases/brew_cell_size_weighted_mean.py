# case: averages yeast cell diameters over blobs in the single-cell range using a float mask as weights -> static shapes, compiles fine
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class SingleCellStats(nn.Cell):
    def __init__(self, min_area=20.0, max_area=90.0, px_um=0.5):
        super().__init__()
        self.min_area = min_area
        self.max_area = max_area
        self.px_um = px_um

    def diameters(self, areas):
        return ops.sqrt(areas * 4.0 / 3.14159) * self.px_um

    def construct(self, blob_areas):
        ok = ops.logical_and(blob_areas >= self.min_area, blob_areas <= self.max_area)
        w = ok.astype(ms.float32)
        d = self.diameters(blob_areas)
        count = w.sum(axis=-1)
        mean_d = (d * w).sum(axis=-1) / ops.maximum(count, 1.0)
        var_d = (((d - mean_d.expand_dims(-1)) ** 2) * w).sum(axis=-1) / ops.maximum(count, 1.0)
        return mean_d, ops.sqrt(var_d), count


def make():
    np.random.seed(15)
    areas = np.random.uniform(5, 150, size=(4, 20)).astype(np.float32)
    return SingleCellStats(), (Tensor(areas),)
