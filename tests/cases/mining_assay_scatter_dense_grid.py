# case: scatter assay samples into a bench block grid with tensor_scatter_elements style scatter-add on a dense grid -> dense fixed-size grid, should compile statically
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class DenseAssayGrid(nn.Cell):
    def __init__(self, nx=8, ny=8):
        super().__init__()
        self.nx = nx
        self.ny = ny

    def construct(self, cell_idx, au_gpt):
        grid = ops.zeros((self.nx, self.ny), ms.float32)
        counts = ops.zeros((self.nx, self.ny), ms.float32)
        grid = ops.tensor_scatter_add(grid, cell_idx, au_gpt)
        counts = ops.tensor_scatter_add(counts, cell_idx, ops.ones_like(au_gpt))
        block_mean = grid / ops.maximum(counts, 1.0)
        return block_mean, grid.sum() / au_gpt.shape[0]


def make():
    np.random.seed(104)
    flat = np.random.choice(64, size=12, replace=False)
    idx = np.stack([flat // 8, flat % 8], axis=1).astype(np.int32)
    au = np.random.gamma(1.5, 0.8, size=(12,)).astype(np.float32)
    return DenseAssayGrid(), (Tensor(idx), Tensor(au))
