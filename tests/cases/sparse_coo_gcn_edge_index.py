# case: GCN layer builds a COOTensor adjacency from a fixed-size (2, E) edge_index input in construct and densifies it; expect static at LAX and STRICT
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, COOTensor

NUM_NODES = 5


class GCNLayer(nn.Cell):
    def __init__(self, d_in=8, d_out=4, num_nodes=NUM_NODES):
        super().__init__()
        self.num_nodes = num_nodes
        self.lin = nn.Dense(d_in, d_out)

    def construct(self, x, edge_index, edge_weight):
        adj = COOTensor(edge_index.T, edge_weight, (self.num_nodes, self.num_nodes))
        dense_adj = adj.to_dense()
        deg = dense_adj.sum(axis=1, keepdims=True) + 1.0
        return ops.matmul(dense_adj / deg, self.lin(x))


def make():
    edges = np.array([[0, 1], [1, 2], [2, 3], [3, 4], [4, 0], [1, 3]], np.int32).T.copy()
    w = np.ones(6, np.float32)
    x = np.ones((NUM_NODES, 8), np.float32)
    return GCNLayer(), (Tensor(x), Tensor(edges), Tensor(w))
