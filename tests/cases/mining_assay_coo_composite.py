# case: scatter sparse assay samples into a bench block grid via a COOTensor and densify it for block averaging -> sparse COOTensor created in construct
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class SparseAssayGrid(nn.Cell):
    def __init__(self, nx=8, ny=8):
        super().__init__()
        self.shape = (nx, ny)

    def construct(self, cell_idx, au_gpt):
        grid = ms.COOTensor(cell_idx, au_gpt, self.shape)
        dense = grid.to_dense()
        bench_mean = dense.sum() / au_gpt.shape[0]
        return dense, bench_mean


def make():
    np.random.seed(103)
    flat = np.random.choice(64, size=12, replace=False)
    idx = np.stack([flat // 8, flat % 8], axis=1).astype(np.int32)
    au = np.random.gamma(1.5, 0.8, size=(12,)).astype(np.float32)
    return SparseAssayGrid(), (Tensor(idx), Tensor(au))
