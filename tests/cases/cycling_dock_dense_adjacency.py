# case: propagate bike demand between neighbouring docks with a dense row-normalised adjacency matrix and two graph layers -> dense matmuls, static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class DenseGraphLayer(nn.Cell):
    def __init__(self, in_dim, out_dim):
        super().__init__()
        self.lin = nn.Dense(in_dim, out_dim)

    def construct(self, adj, h):
        return ops.relu(ops.matmul(adj, self.lin(h)) + self.lin(h))


class DockDemandGNN(nn.Cell):
    def __init__(self, dims=(6, 16, 4)):
        super().__init__()
        self.layers = nn.CellList([DenseGraphLayer(dims[i], dims[i + 1]) for i in range(len(dims) - 1)])

    def normalise(self, adj):
        deg = adj.sum(axis=1, keepdims=True)
        return adj / ops.maximum(deg, 1e-6)

    def construct(self, demand, adj):
        a = self.normalise(adj)
        h = demand
        for layer in self.layers:
            h = layer(a, h)
        return h


def make():
    np.random.seed(92)
    n = 30
    adj = (np.random.rand(n, n) < 0.1).astype(np.float32)
    demand = np.random.rand(n, 6).astype(np.float32)
    return DockDemandGNN(), (Tensor(demand), Tensor(adj))
