# case: store a recipe book (recipes x dyes) as a sparse COO tensor and compute predicted K/S for every recipe -> sparse tensor in the graph, expected error or unsupported on CPU
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class SparseRecipeBook(nn.Cell):
    def __init__(self, n_recipes=6, n_dyes=10):
        super().__init__()
        self.shape = (n_recipes, n_dyes)

    def construct(self, indices, owf, unit_ks):
        book = ms.COOTensor(indices, owf, self.shape)
        dense = book.to_dense()
        ks = ops.matmul(dense, unit_ks)
        return ks


def make():
    np.random.seed(26)
    idx = np.array([[0, 1], [0, 4], [1, 2], [2, 7], [3, 0], [4, 9], [5, 3], [5, 5]], np.int32)
    owf = np.random.uniform(0.1, 2.0, size=idx.shape[0]).astype(np.float32)
    unit = np.abs(np.random.randn(10, 31)).astype(np.float32)
    return SparseRecipeBook(), (Tensor(idx), Tensor(owf), Tensor(unit))
