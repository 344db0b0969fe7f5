# case: row-normalised CSR adjacency via elementwise multiply by a dense column of inverse degrees (near miss)
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, CSRTensor


class RowNorm(nn.Cell):
    def construct(self, indptr, indices, vals, inv_deg, x):
        adj = CSRTensor(indptr, indices, vals, (3, 3))
        adj = adj * inv_deg
        return adj.mm(x)


def make():
    return RowNorm(), (Tensor(np.array([0, 2, 3, 4], np.int32)), Tensor(np.array([0, 1, 2, 0], np.int32)),
                       Tensor(np.ones(4, np.float32)), Tensor(np.array([[0.5], [1.0], [1.0]], np.float32)),
                       Tensor(np.random.randn(3, 2).astype(np.float32)))
