# case: keeps only segmented yeast blobs whose area is in the single-cell range by boolean-mask indexing and averages their diameters -> boolean indexing gives a data-dependent shape, dynamic in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class SingleCellFilter(nn.Cell):
    def __init__(self, min_area=20.0, max_area=90.0, px_um=0.5):
        super().__init__()
        self.min_area = min_area
        self.max_area = max_area
        self.px_um = px_um

    def diameters(self, areas):
        return ops.sqrt(areas * 4.0 / 3.14159) * self.px_um

    def construct(self, blob_areas):
        ok = ops.logical_and(blob_areas >= self.min_area, blob_areas <= self.max_area)
        singles = blob_areas[ok]
        d = self.diameters(singles)
        return d.mean(), d.shape[0]


def make():
    np.random.seed(14)
    areas = np.random.uniform(5, 150, size=20).astype(np.float32)
    return SingleCellFilter(), (Tensor(areas),)
