# case: remove_self_loops helper finds non-loop edges with ops.nonzero and gathers them before GCN normalisation -> dynamic edge count
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


def remove_self_loops(edge_index, edge_attr=None):
    keep = ops.nonzero(edge_index[0] != edge_index[1]).reshape(-1)
    edge_index = ops.gather(edge_index, keep, 1)
    if edge_attr is not None:
        edge_attr = ops.gather(edge_attr, keep, 0)
    return edge_index, edge_attr


def add_self_loops(edge_index, num_nodes):
    loop = ops.arange(num_nodes, dtype=edge_index.dtype)
    return ops.concat((edge_index, ops.stack((loop, loop))), axis=1)


class GCNConv(nn.Dense):
    def __init__(self, in_channels, out_channels, add_loops=True, cached=False):
        super().__init__(in_channels, out_channels, has_bias=True)
        self.add_loops = add_loops
        self.cached = cached

    def gcn_norm(self, edge_index, n):
        edge_index, _ = remove_self_loops(edge_index)
        if self.add_loops:
            edge_index = add_self_loops(edge_index, n)
        ones = ops.ones(edge_index.shape[1], ms.float32)
        deg = ops.unsorted_segment_sum(ones, edge_index[1], n)
        dinv = ops.rsqrt(ops.clamp(deg, min=1.0))
        return edge_index, dinv[edge_index[0]] * dinv[edge_index[1]]

    def construct(self, x, edge_index):
        n = x.shape[0]
        edge_index, norm = self.gcn_norm(edge_index, n)
        h = super().construct(x)
        return ops.unsorted_segment_sum(h[edge_index[0]] * norm[:, None], edge_index[1], n)


def make():
    np.random.seed(3435)
    n, e = 12, 30
    x = Tensor(np.random.randn(n, 8).astype(np.float32))
    ei = np.random.randint(0, n, size=(2, e)).astype(np.int32)
    ei[1, :4] = ei[0, :4]
    return GCNConv(8, 16), (x, Tensor(ei))
