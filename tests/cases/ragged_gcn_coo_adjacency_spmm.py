# case: GCN layer builds a COOTensor adjacency from edge lists inside construct and multiplies by node features -> compile error at line 26
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class SparseGCNLayer(nn.Cell):
    """One graph-convolution layer over a sparse (COO) adjacency."""

    def __init__(self, in_dim=8, out_dim=4, num_nodes=6, activation=True):
        super().__init__()
        self.num_nodes = num_nodes
        self.activation = activation
        self.proj = nn.Dense(in_dim, out_dim, has_bias=False)
        self.bias = ms.Parameter(ops.zeros(out_dim, ms.float32), name="bias")

    def normalize(self, src, edge_weight):
        ones = ops.ones_like(edge_weight)
        deg = ops.unsorted_segment_sum(ones, src, self.num_nodes)
        inv = 1.0 / ops.clamp(deg, min=1.0)
        return edge_weight * ops.gather(inv, src, 0)

    def construct(self, x, edge_index, edge_weight):
        h = self.proj(x)
        weight = self.normalize(edge_index[:, 0], edge_weight)
        adj = ms.COOTensor(edge_index, weight, (self.num_nodes, self.num_nodes))
        out = ops.matmul(adj.to_dense(), h) + self.bias
        if self.activation:
            out = ops.relu(out)
        return out


def make():
    np.random.seed(0)
    x = Tensor(np.random.randn(6, 8).astype(np.float32))
    edges = np.array([[0, 1], [1, 0], [1, 2], [2, 1], [3, 4], [4, 5], [5, 3], [2, 2]], dtype=np.int32)
    w = np.ones(len(edges), dtype=np.float32)
    return SparseGCNLayer(), (x, Tensor(edges), Tensor(w))
