# case: a GCN layer that builds a COOTensor adjacency inside construct from edge index/weight inputs with a node count from __init__, densifies it and multiplies with the features; fixed nnz so it should be static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, COOTensor


class GCNConv(nn.Cell):
    def __init__(self, in_channels=4, out_channels=8, num_nodes=5, add_self_loops=True):
        super().__init__()
        self.lin = nn.Dense(in_channels, out_channels, has_bias=False)
        self.bias = ms.Parameter(Tensor(np.zeros(out_channels, np.float32)), name="bias")
        self.num_nodes = num_nodes
        self.add_self_loops = add_self_loops

    def construct(self, x, edge_index, edge_weight):
        adj = COOTensor(edge_index, edge_weight, (self.num_nodes, self.num_nodes))
        dense_adj = adj.to_dense()
        if self.add_self_loops:
            dense_adj = dense_adj + ops.eye(self.num_nodes, self.num_nodes, ms.float32)
        deg = dense_adj.sum(axis=1)
        deg_inv_sqrt = ops.pow(deg, -0.5)
        norm_adj = deg_inv_sqrt[:, None] * dense_adj * deg_inv_sqrt[None, :]
        return ops.matmul(norm_adj, self.lin(x)) + self.bias


def make():
    x = Tensor(np.random.randn(5, 4).astype(np.float32))
    ei = Tensor(np.array([[0, 1], [1, 2], [2, 3], [3, 4], [4, 0]], np.int32))
    ew = Tensor(np.ones(5, np.float32))
    return GCNConv(), (x, ei, ew)
