# case: GCN layer builds a normalized sparse COO adjacency from edge_index inside construct and multiplies it with features -> compile error at line 28
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, COOTensor


class GCNConv(nn.Cell):
    def __init__(self, in_dim=6, out_dim=8, num_nodes=5, add_self_loops=True):
        super().__init__()
        self.lin = nn.Dense(in_dim, out_dim, has_bias=False)
        self.bias = ms.Parameter(ops.zeros(out_dim, ms.float32), name="bias")
        self.num_nodes = num_nodes
        self.add_self_loops = add_self_loops

    def _degree_norm(self, row, col):
        ones = ops.ones(row.shape[0], ms.float32)
        deg = ops.unsorted_segment_sum(ones, row, self.num_nodes)
        dinv = ops.pow(deg, -0.5)
        return dinv[row] * dinv[col]

    def construct(self, x, edge_index):
        row, col = edge_index[0], edge_index[1]
        if self.add_self_loops:
            loop = ops.arange(self.num_nodes, dtype=row.dtype)
            row = ops.cat([row, loop])
            col = ops.cat([col, loop])
        values = self._degree_norm(row, col)
        adj = COOTensor(ops.stack([row, col], axis=1), values, (self.num_nodes, self.num_nodes))
        h = self.lin(x)
        out = ops.matmul(adj.to_dense(), h)
        return out + self.bias


def make():
    np.random.seed(10)
    x = np.random.randn(5, 6).astype(np.float32)
    edges = np.array([[0, 1, 1, 2, 3, 4], [1, 0, 2, 1, 4, 3]], dtype=np.int32)
    return GCNConv(), (Tensor(x), Tensor(edges))
