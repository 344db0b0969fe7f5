# case: refines alpha patch by patch over a constant grid with patch size from the constructor and stitches rows back together -> static shapes
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class GridPatchRefiner(nn.Cell):
    def __init__(self, patch=8, grid=2):
        super().__init__()
        self.patch = patch
        self.grid = grid
        self.refine = nn.SequentialCell(
            nn.Conv2d(4, 8, 3, pad_mode="same"), nn.ReLU(), nn.Conv2d(8, 1, 3, pad_mode="same"))

    def refine_patch(self, x):
        res = self.refine(x)
        return ops.clamp(x[:, 3:4] + 0.1 * res, 0.0, 1.0)

    def construct(self, image, alpha):
        x = ops.concat((image, alpha), 1)
        p = self.patch
        rows = []
        for i in range(self.grid):
            cols = []
            for j in range(self.grid):
                cols.append(self.refine_patch(x[:, :, i * p:(i + 1) * p, j * p:(j + 1) * p]))
            rows.append(ops.concat(cols, 3))
        return ops.concat(rows, 2)


def make():
    np.random.seed(23)
    image = Tensor(np.random.rand(1, 3, 16, 16).astype(np.float32))
    alpha = Tensor(np.random.rand(1, 1, 16, 16).astype(np.float32))
    return GridPatchRefiner(), (image, alpha)
