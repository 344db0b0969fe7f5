# case: place capping-head x shift-minute torque fault events into a dense grid with tensor_scatter_add for the anomaly model -> dense scatter keeps static shapes
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class DenseFaultGrid(nn.Cell):
    def __init__(self, n_heads=12, n_minutes=30):
        super().__init__()
        self.n_heads = n_heads
        self.n_minutes = n_minutes
        self.score = nn.Dense(n_minutes, 1)

    def construct(self, indices, magnitudes):
        grid = ops.zeros((self.n_heads, self.n_minutes), ms.float32)
        grid = ops.tensor_scatter_add(grid, indices, magnitudes)
        return self.score(grid).squeeze(-1)


def make():
    np.random.seed(92)
    heads = np.random.randint(0, 12, size=10)
    minutes = np.random.randint(0, 30, size=10)
    idx = np.stack([heads, minutes], axis=1).astype(np.int32)
    mags = np.random.rand(10).astype(np.float32)
    return DenseFaultGrid(), (Tensor(idx), Tensor(mags))
