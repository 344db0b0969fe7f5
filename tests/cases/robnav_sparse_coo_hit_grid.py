# case: build a sparse COO occupancy grid from lidar hit cell indices in construct and densify it -> sparse tensor in graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, COOTensor


class SparseHitGrid(nn.Cell):
    def __init__(self, height=16, width=16, resolution=0.25):
        super().__init__()
        self.shape = (height, width)
        self.resolution = resolution

    def construct(self, hits_xy):
        cells = ops.floor(hits_xy / self.resolution).astype(ms.int32)
        cells = ops.clamp(cells, 0, self.shape[0] - 1)
        values = ops.ones((cells.shape[0],), ms.float32)
        grid = COOTensor(cells, values, self.shape)
        dense = grid.to_dense()
        return ops.clamp(dense, 0.0, 1.0)


def make():
    np.random.seed(23)
    xy = np.random.uniform(0.0, 3.9, size=(20, 2)).astype(np.float32)
    # unique cells so COO has no duplicates
    xy = (np.unique(np.floor(xy / 0.25), axis=0) * 0.25 + 0.1).astype(np.float32)
    return SparseHitGrid(), (Tensor(xy),)
