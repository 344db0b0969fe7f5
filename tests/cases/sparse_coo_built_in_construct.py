# case: builds a COOTensor adjacency from edge_index inside construct and densifies it for A @ X; expect static at LAX and STRICT
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, COOTensor

N = 8


class SparseGCN(nn.Cell):
    def __init__(self, n=N, dim=4):
        super().__init__()
        self.n = n
        self.lin = nn.Dense(dim, dim)

    def construct(self, x, edge_index, edge_weight):
        indices = edge_index.transpose()
        adj = COOTensor(indices, edge_weight, (self.n, self.n))
        dense = adj.to_dense()
        deg = dense.sum(1, keepdims=True) + 1.0
        return ops.matmul(dense / deg, self.lin(x))


def make():
    rng = np.random.RandomState(12)
    ei = np.stack([np.arange(N), (np.arange(N) + 1) % N]).astype(np.int32)
    x = Tensor(rng.randn(N, 4).astype(np.float32))
    w = Tensor(np.ones(N, np.float32))
    return SparseGCN(), (x, Tensor(ei), w)
