# case: COOTensor built in construct from passed-in indices/values with a constant shape, then to_dense() and a matmul; fixed nnz -> static at both levels
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, COOTensor

DENSE_SHAPE = (4, 4)


class SparseAdjMatmul(nn.Cell):
    def __init__(self):
        super().__init__()
        self.fc = nn.Dense(4, 4)

    def construct(self, indices, values, feats):
        adj = COOTensor(indices, values, DENSE_SHAPE)
        dense_adj = adj.to_dense()
        return ops.matmul(dense_adj, self.fc(feats))


def make():
    idx = Tensor(np.array([[0, 1], [1, 2], [2, 3], [3, 0]], np.int32))
    val = Tensor(np.array([1.0, 0.5, 0.5, 1.0], np.float32))
    feats = Tensor(np.random.randn(4, 4).astype(np.float32))
    return SparseAdjMatmul(), (idx, val, feats)
