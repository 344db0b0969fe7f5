# case: builds a sparse COO occupancy grid of fish positions inside construct and densifies it -> sparse tensor in graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, COOTensor


class FishOccupancyGrid(nn.Cell):
    def __init__(self, grid_h=8, grid_w=8):
        super().__init__()
        self.grid_h = grid_h
        self.grid_w = grid_w

    def construct(self, cell_indices, fish_weights):
        grid = COOTensor(cell_indices, fish_weights, (self.grid_h, self.grid_w))
        dense = grid.to_dense()
        row_biomass = dense.sum(axis=1)
        return dense, row_biomass


def make():
    np.random.seed(29)
    flat = np.random.choice(64, size=10, replace=False)
    idx = np.stack([flat // 8, flat % 8], axis=1).astype(np.int32)
    w = (np.random.rand(10) * 500).astype(np.float32)
    return FishOccupancyGrid(), (Tensor(idx), Tensor(w))
