# case: dense-adjacency GCN with symmetric normalisation, zero-degree guard via where, and @ms.jit readout function; expect static at LAX and STRICT
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class DenseGCN(nn.Cell):
    def __init__(self, din=6, dout=12, add_self_loops=True):
        super().__init__()
        self.lin = nn.Dense(din, dout)
        self.add_self_loops = add_self_loops

    def construct(self, x, adj):
        n = adj.shape[-1]
        if self.add_self_loops:
            adj = adj + ops.eye(n, n, adj.dtype)
        deg = adj.sum(axis=-1)
        inv = ops.where(deg > 0, ops.pow(deg, -0.5), ops.zeros_like(deg))
        norm_adj = inv[..., :, None] * adj * inv[..., None, :]
        return ops.relu(ops.matmul(norm_adj, self.lin(x)))


class Stack(nn.Cell):
    def __init__(self):
        super().__init__()
        self.gcn1 = DenseGCN()
        self.gcn2 = DenseGCN(12, 12)
        self.readout = nn.Dense(12, 2)


model = Stack()


@ms.jit
def forward(x, adj):
    h = model.gcn1(x, adj)
    h = model.gcn2(h, adj)
    g = ops.concat((h.mean(axis=1), h.max(axis=1)), axis=-1)
    return model.readout(g[:, :12] + g[:, 12:])


def make():
    x = Tensor(np.random.randn(2, 7, 6).astype(np.float32))
    adj = (np.random.rand(2, 7, 7) > 0.6).astype(np.float32)
    return forward, (x, Tensor(adj))
