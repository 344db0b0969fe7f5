# case: dynamic graph routing layer prunes low-weight edges with nonzero and builds a COOTensor adjacency for message passing -> dynamic shape at line 26
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, COOTensor


class EdgeGate(nn.Cell):
    def __init__(self, dim):
        super().__init__()
        self.src = nn.Dense(dim, dim, has_bias=False)
        self.dst = nn.Dense(dim, dim, has_bias=False)

    def construct(self, x):
        return ops.sigmoid(ops.matmul(self.src(x), self.dst(x).T))


class DynamicRoutingGNN(nn.Cell):
    def __init__(self, dim=8, edge_threshold=0.5):
        super().__init__()
        self.gate = EdgeGate(dim)
        self.update = nn.Dense(dim, dim)
        self.edge_threshold = edge_threshold

    def sparse_adjacency(self, weights):
        keep = weights > self.edge_threshold
        indices = ops.nonzero(keep).astype(ms.int32)
        values = ops.gather_nd(weights, indices)
        return COOTensor(indices, values, weights.shape)

    def construct(self, x):
        w = self.gate(x)
        adj = self.sparse_adjacency(w)
        agg = adj.to_dense() @ x
        return ops.relu(self.update(agg)) + x


def make():
    np.random.seed(19)
    x = Tensor(np.random.randn(6, 8).astype(np.float32))
    return DynamicRoutingGNN(), (x,)
