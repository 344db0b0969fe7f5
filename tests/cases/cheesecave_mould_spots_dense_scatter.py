# case: scatter detected blue-mould spot areas into a dense rind grid with tensor_scatter_add and weight by the ripening-effect map -> dense ops with static shapes, fine in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

GRID = (16, 16)


class SpotInfluence(nn.Cell):
    def __init__(self, blur=True):
        super().__init__()
        self.effect = ms.Parameter(Tensor(np.ones(GRID, np.float32) * 0.5), name="effect")
        self.blur = blur
        self.pool = nn.AvgPool2d(3, 1, pad_mode="same")

    def construct(self, spot_idx, spot_area):
        grid = ops.zeros(GRID, ms.float32)
        grid = ops.tensor_scatter_add(grid, spot_idx, spot_area)
        if self.blur:
            grid = self.pool(grid.reshape(1, 1, 16, 16)).reshape(GRID)
        return (grid * self.effect).sum()


def make():
    np.random.seed(3221)
    idx = np.random.randint(0, 16, size=(10, 2)).astype(np.int32)
    area = np.random.rand(10).astype(np.float32)
    return SpotInfluence(), (Tensor(idx), Tensor(area))
