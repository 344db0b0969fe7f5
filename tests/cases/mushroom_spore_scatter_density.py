# case: accumulate spore-print hits on the slide grid with tensor_scatter_add into a dense zero grid -> dense scatter, static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class SporePrintMap(nn.Cell):
    def __init__(self, grid=(16, 16)):
        super().__init__()
        self.grid = grid
        self.smooth = nn.AvgPool2d(kernel_size=3, stride=1, pad_mode="same")

    def construct(self, coords, counts):
        dense = ops.zeros(self.grid, ms.float32)
        dense = ops.tensor_scatter_add(dense, coords, counts)
        density = self.smooth(dense.reshape(1, 1, self.grid[0], self.grid[1]))
        return density


def make():
    np.random.seed(316)
    flat = np.random.choice(256, size=10, replace=False)
    coords = np.stack([flat // 16, flat % 16], axis=1).astype(np.int32)
    counts = np.random.uniform(1, 20, size=(10,)).astype(np.float32)
    return SporePrintMap(), (Tensor(coords), Tensor(counts))
