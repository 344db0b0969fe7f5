# case: build a sparse COO map of spore-print hits on the slide grid and densify it -> sparse tensor in construct
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class SporePrintMap(nn.Cell):
    def __init__(self, grid=(16, 16)):
        super().__init__()
        self.grid = grid
        self.smooth = nn.AvgPool2d(kernel_size=3, stride=1, pad_mode="same")

    def construct(self, coords, counts):
        sparse = ms.COOTensor(coords, counts, self.grid)
        dense = sparse.to_dense()
        density = self.smooth(dense.reshape(1, 1, self.grid[0], self.grid[1]))
        return density


def make():
    np.random.seed(315)
    flat = np.random.choice(256, size=10, replace=False)
    coords = np.stack([flat // 16, flat % 16], axis=1).astype(np.int32)
    counts = np.random.uniform(1, 20, size=(10,)).astype(np.float32)
    return SporePrintMap(), (Tensor(coords), Tensor(counts))
