# case: graph conv builds a COOTensor adjacency from edge indices/weights inside construct with constant shape and multiplies it with features on CPU -> expected static at LAX and STRICT
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, COOTensor

NUM_NODES = 5


class SparseGCN(nn.Cell):
    def __init__(self, dim=4):
        super().__init__()
        self.lin = nn.Dense(dim, dim)

    def construct(self, x, indices, values):
        adj = COOTensor(indices, values, (NUM_NODES, NUM_NODES))
        h = self.lin(x)
        dense_adj = adj.to_dense()
        return ops.matmul(dense_adj, h)


def make():
    idx = Tensor(np.array([[0, 1], [1, 2], [2, 3], [3, 4], [4, 0]], np.int32))
    val = Tensor(np.ones(5, np.float32))
    return SparseGCN(), (Tensor(np.random.randn(NUM_NODES, 4).astype(np.float32)), idx, val)
