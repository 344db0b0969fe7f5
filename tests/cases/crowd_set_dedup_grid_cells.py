# case: deduplicates head points that fall in the same grid cell with a Python set of int() cell ids before counting -> set and int() of tensor data in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class GridCellCounter(nn.Cell):
    def __init__(self, cell_size=4, grid_w=4):
        super().__init__()
        self.cell_size = cell_size
        self.grid_w = grid_w

    def cell_id(self, point):
        cx = int(point[0]) // self.cell_size
        cy = int(point[1]) // self.cell_size
        return cy * self.grid_w + cx

    def construct(self, points):
        occupied = set()
        for i in range(points.shape[0]):
            occupied.add(self.cell_id(points[i]))
        return len(occupied)


def make():
    np.random.seed(21)
    pts = (np.random.rand(10, 2) * 16).astype(np.float32)
    return GridCellCounter(), (Tensor(pts),)
