# case: POI density estimator logs the busiest grid cell with print of an f-string holding tensor values inside construct -> error or fallback in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class POIDensityGrid(nn.Cell):
    def __init__(self, grid=8):
        super().__init__()
        self.grid = grid

    def cell_index(self, xy):
        cells = ops.floor(xy * self.grid).astype(ms.int32)
        cells = ops.clip_by_value(cells, Tensor(0, ms.int32), Tensor(self.grid - 1, ms.int32))
        return cells[:, 0] * self.grid + cells[:, 1]

    def construct(self, poi_xy):
        idx = self.cell_index(poi_xy)
        counts = ops.one_hot(idx, self.grid * self.grid, Tensor(1.0, ms.float32), Tensor(0.0, ms.float32)).sum(0)
        busiest = counts.argmax()
        print(f"busiest cell {busiest} has {counts.max()} POIs")
        return counts.reshape(self.grid, self.grid)


def make():
    np.random.seed(9)
    xy = np.random.beta(2, 5, size=(40, 2)).astype(np.float32)
    return POIDensityGrid(), (Tensor(xy),)
