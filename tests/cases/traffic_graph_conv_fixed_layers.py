# case: spatial graph convolution stack over a road network with a constant number of layers in a Python loop -> static shapes
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class RoadGraphConv(nn.Cell):
    def __init__(self, in_dim, out_dim):
        super().__init__()
        self.lin = nn.Dense(in_dim, out_dim)

    def construct(self, x, adj_norm):
        return ops.relu(self.lin(ops.matmul(adj_norm, x)))


class RoadGCN(nn.Cell):
    def __init__(self, in_dim=3, hidden=16, num_layers=3, residual=True):
        super().__init__()
        dims = [in_dim] + [hidden] * num_layers
        self.layers = nn.CellList([RoadGraphConv(dims[i], dims[i + 1]) for i in range(num_layers)])
        self.residual = residual
        self.out = nn.Dense(hidden, 1)

    def construct(self, x, adj_norm):
        h = x
        for i, layer in enumerate(self.layers):
            nh = layer(h, adj_norm)
            if self.residual and i > 0:
                nh = nh + h
            h = nh
        return self.out(h).squeeze(-1)


def make():
    np.random.seed(7)
    n = 9
    adj = (np.random.rand(n, n) > 0.6).astype(np.float32) + np.eye(n, dtype=np.float32)
    deg = adj.sum(1)
    adj_norm = adj / np.sqrt(np.outer(deg, deg))
    x = Tensor(np.random.randn(n, 3).astype(np.float32))
    return RoadGCN(), (x, Tensor(adj_norm.astype(np.float32)))
