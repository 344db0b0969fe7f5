# case: station readings are scattered into a sparse COO grid and converted to dense for the interpolation kernel -> sparse tensor built in construct
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, COOTensor


class SparseStationGrid(nn.Cell):
    def __init__(self, grid_shape=(8, 8)):
        super().__init__()
        self.grid_shape = grid_shape
        self.blur = nn.AvgPool2d(kernel_size=3, stride=1, pad_mode="same")

    def construct(self, cells, depths):
        grid = COOTensor(cells, depths, self.grid_shape)
        dense = grid.to_dense()
        img = dense.reshape(1, 1, self.grid_shape[0], self.grid_shape[1])
        return self.blur(img)


def make():
    np.random.seed(18)
    cells = Tensor(np.array([[0, 1], [2, 5], [4, 4], [7, 0], [6, 6]], dtype=np.int32))
    depths = Tensor(np.random.uniform(0.2, 2.0, size=(5,)).astype(np.float32))
    return SparseStationGrid(), (cells, depths)
