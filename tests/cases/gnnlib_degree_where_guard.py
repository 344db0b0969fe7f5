# case: symmetric degree normalisation with segment sums and a three-argument ops.where guarding zero-degree nodes -> static graph
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

EPS = 1e-12


def gcn_norm(edge_index, edge_weight, num_nodes, add_self_loops=False):
    src, dst = edge_index[0], edge_index[1]
    if edge_weight is None:
        edge_weight = ops.ones(src.shape, ms.float32)
    deg = ops.unsorted_segment_sum(edge_weight, dst, num_nodes)
    if add_self_loops:
        deg = deg + 1.0
    dinv = ops.where(deg > EPS, ops.rsqrt(ops.clamp(deg, min=EPS)), ops.zeros_like(deg))
    return dinv[src] * edge_weight * dinv[dst], dinv


class GCNConv(nn.Cell):
    def __init__(self, in_dim, out_dim, add_self_loops=False, **kwargs):
        super().__init__()
        self.add_self_loops = add_self_loops
        self.lin = nn.Dense(in_dim, out_dim, **kwargs)

    def construct(self, x, edge_index, edge_weight=None):
        n = x.shape[0]
        norm, dinv = gcn_norm(edge_index, edge_weight, n, self.add_self_loops)
        h = self.lin(x)
        out = ops.unsorted_segment_sum(h[edge_index[0]] * norm.view(-1, 1), edge_index[1], n)
        if self.add_self_loops:
            out = out + h * (dinv * dinv).view(-1, 1)
        return out


class GCN(nn.Cell):
    def __init__(self, dims=(8, 16, 16)):
        super().__init__()
        self.convs = nn.CellList([GCNConv(a, b, has_bias=True) for a, b in zip(dims[:-1], dims[1:])])

    def construct(self, x, edge_index, edge_weight=None):
        for i, conv in enumerate(self.convs):
            x = conv(x, edge_index, edge_weight)
            if i < len(self.convs) - 1:
                x = ops.relu(x)
        return x


def make():
    np.random.seed(3452)
    n, e = 14, 30
    x = Tensor(np.random.randn(n, 8).astype(np.float32))
    ei = Tensor(np.random.randint(0, n - 2, size=(2, e)).astype(np.int32))
    w = Tensor(np.random.rand(e).astype(np.float32))
    return GCN(), (x, ei, w)
