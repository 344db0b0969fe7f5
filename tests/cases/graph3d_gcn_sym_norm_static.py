# case: GCN layer with self-loops and symmetric degree normalisation, sizes from .shape -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class GCNConv(nn.Cell):
    def __init__(self, in_dim=16, out_dim=32, add_self_loops=True, bias=True):
        super().__init__()
        self.add_self_loops = add_self_loops
        self.lin = nn.Dense(in_dim, out_dim, has_bias=bias)

    def _with_loops(self, edge_index, num_nodes):
        loop = ops.arange(0, num_nodes, dtype=ms.int32)
        loop_index = ops.stack([loop, loop], axis=0)
        return ops.concat([edge_index, loop_index], axis=1)

    def _norm(self, src, dst, num_nodes):
        ones = ops.ones(dst.shape, ms.float32)
        deg = ops.unsorted_segment_sum(ones, dst, num_nodes)
        deg_inv_sqrt = ops.where(deg > 0, ops.rsqrt(deg), ops.zeros_like(deg))
        return ops.gather(deg_inv_sqrt, src, 0) * ops.gather(deg_inv_sqrt, dst, 0)

    def construct(self, x, edge_index):
        n = x.shape[0]
        if self.add_self_loops:
            edge_index = self._with_loops(edge_index, n)
        src, dst = edge_index[0], edge_index[1]
        w = self._norm(src, dst, n)
        h = self.lin(x)
        msg = ops.gather(h, src, 0) * w.expand_dims(-1)
        return ops.unsorted_segment_sum(msg, dst, n)


def make():
    np.random.seed(1)
    x = Tensor(np.random.randn(10, 16).astype(np.float32))
    ei = Tensor(np.random.randint(0, 10, size=(2, 30)).astype(np.int32))
    return GCNConv(), (x, ei)
