# case: graph layer builds a COO adjacency from an edge list, densifies it, and matmuls (near miss)
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, COOTensor


class DenseAdjGCN(nn.Cell):
    def __init__(self, n_nodes=4, dim=3):
        super().__init__()
        self.shape = (n_nodes, n_nodes)
        self.lin = nn.Dense(dim, dim)

    def construct(self, edges, edge_w, x):
        adj = COOTensor(edges, edge_w, self.shape).to_dense()
        deg = adj.sum(axis=1, keepdims=True) + 1.0
        return self.lin(ops.matmul(adj / deg, x))


def make():
    edges = Tensor(np.array([[0, 1], [1, 2], [2, 3], [3, 0]], np.int64))
    w = Tensor(np.ones(4, np.float32))
    return DenseAdjGCN(), (edges, w, Tensor(np.random.randn(4, 3).astype(np.float32)))
