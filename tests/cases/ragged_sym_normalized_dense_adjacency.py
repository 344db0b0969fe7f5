# case: GCN with symmetric D^-1/2 (A+I) D^-1/2 normalisation on a dense 0/1 adjacency, zero-degree guarded by where -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class DenseGCN(nn.Cell):
    """Two-layer GCN for small graphs stored as dense adjacency matrices."""

    def __init__(self, in_dim=5, hidden=8, out_dim=3, add_self_loops=True, dropout=0.0):
        super().__init__()
        self.add_self_loops = add_self_loops
        self.lin1 = nn.Dense(in_dim, hidden)
        self.lin2 = nn.Dense(hidden, out_dim)
        self.drop = nn.Dropout(p=dropout) if dropout > 0 else None

    def normalize(self, adj):
        if self.add_self_loops:
            adj = adj + ops.eye(adj.shape[0], adj.shape[0], adj.dtype)
        deg = adj.sum(axis=1)
        inv_sqrt = ops.where(deg > 0, ops.rsqrt(ops.clamp(deg, min=1e-12)), ops.zeros_like(deg))
        return inv_sqrt.view(-1, 1) * adj * inv_sqrt.view(1, -1)

    def construct(self, x, adj):
        a = self.normalize(adj)
        h = ops.relu(ops.matmul(a, self.lin1(x)))
        if self.drop is not None:
            h = self.drop(h)
        return ops.matmul(a, self.lin2(h))


def make():
    np.random.seed(0)
    x = Tensor(np.random.randn(6, 5).astype(np.float32))
    a = (np.random.rand(6, 6) > 0.6).astype(np.float32)
    a = np.maximum(a, a.T)
    return DenseGCN(), (x, Tensor(a))
