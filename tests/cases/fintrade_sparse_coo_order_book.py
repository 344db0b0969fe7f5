# case: represents resting orders as a sparse COOTensor over (price level, trader) and densifies it to get depth per level -> sparse tensor use, likely error or unsupported on CPU Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, COOTensor


class SparseBookDepth(nn.Cell):
    def __init__(self, n_levels=8, n_traders=6):
        super().__init__()
        self.shape = (n_levels, n_traders)

    def construct(self, indices, sizes):
        book = COOTensor(indices, sizes, self.shape)
        dense = book.to_dense()
        depth = dense.sum(axis=1)
        cum_depth = ops.cumsum(depth, axis=0)
        return depth, cum_depth


def make():
    np.random.seed(31)
    flat = np.random.choice(48, size=10, replace=False)
    idx = np.stack([flat // 6, flat % 6], axis=1).astype(np.int32)
    sizes = np.random.randint(1, 100, size=(10,)).astype(np.float32)
    return SparseBookDepth(), (Tensor(idx), Tensor(sizes))
