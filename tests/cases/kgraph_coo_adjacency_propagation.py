# case: entity embedding propagation that builds a COOTensor adjacency from edge indices in construct -> compile error at line 17
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class SparsePropagation(nn.Cell):
    def __init__(self, num_nodes=10, dim=8, num_layers=2, residual=True):
        super().__init__()
        self.num_nodes = num_nodes
        self.num_layers = num_layers
        self.residual = residual
        self.lin = nn.Dense(dim, dim)

    def build_adj(self, edge_index, edge_weight):
        idx = ops.transpose(edge_index, (1, 0))
        return ms.COOTensor(idx, edge_weight, (self.num_nodes, self.num_nodes))

    def construct(self, x, edge_index, edge_weight):
        adj = self.build_adj(edge_index, edge_weight)
        h = x
        for _ in range(self.num_layers):
            nxt = ops.relu(self.lin(adj.to_dense() @ h))
            h = h + nxt if self.residual else nxt
        return h


def make():
    np.random.seed(20)
    x = np.random.randn(10, 8).astype(np.float32)
    pairs = sorted({(int(a), int(b)) for a, b in np.random.randint(0, 10, (18, 2))})
    edge_index = np.array(pairs, dtype=np.int32).T.copy()
    w = np.random.rand(edge_index.shape[1]).astype(np.float32)
    return SparsePropagation(), (Tensor(x), Tensor(edge_index), Tensor(w))
