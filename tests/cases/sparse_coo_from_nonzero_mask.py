# case: point-cloud voxeliser builds a COOTensor from ops.nonzero of an occupancy grid and gathered values; expect dynamic at LAX and STRICT
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, COOTensor


def occupancy_to_coo(grid, thresh):
    idx = ops.nonzero(grid > thresh)
    vals = ops.gather_nd(grid, idx)
    return COOTensor(idx, vals, grid.shape)


class Voxeliser(nn.Cell):
    def __init__(self, thresh=0.5):
        super().__init__()
        self.thresh = thresh

    def construct(self, grid):
        coo = occupancy_to_coo(grid, self.thresh)
        return coo.to_dense() * 2.0


def make():
    g = np.random.RandomState(11).rand(6, 6).astype(np.float32)
    return Voxeliser(), (Tensor(g),)
