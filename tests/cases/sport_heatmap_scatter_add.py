# case: player heat map from positions binned with floor division and accumulated by tensor_scatter_add into a fixed grid -> static in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class GridHeatmap(nn.Cell):
    def __init__(self, bins_x=12, bins_y=8, length=105.0, width=68.0):
        super().__init__()
        self.bins_x = bins_x
        self.bins_y = bins_y
        self.cell_x = length / bins_x
        self.cell_y = width / bins_y

    def to_bins(self, positions):
        bx = ops.floor(positions[:, 0] / self.cell_x).astype(ms.int32)
        by = ops.floor(positions[:, 1] / self.cell_y).astype(ms.int32)
        bx = ops.clip_by_value(bx, 0, self.bins_x - 1)
        by = ops.clip_by_value(by, 0, self.bins_y - 1)
        return ops.stack([bx, by], axis=1)

    def construct(self, positions):
        idx = self.to_bins(positions)
        grid = ops.zeros((self.bins_x, self.bins_y), ms.float32)
        ones = ops.ones((positions.shape[0],), ms.float32)
        grid = ops.tensor_scatter_add(grid, idx, ones)
        return grid / positions.shape[0]


def make():
    np.random.seed(9)
    pos = np.random.rand(200, 2) * np.array([105.0, 68.0])
    return GridHeatmap(), (Tensor(pos.astype(np.float32)),)
