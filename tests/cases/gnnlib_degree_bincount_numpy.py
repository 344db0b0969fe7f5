# case: GCN normalisation helper that computes node degrees with .asnumpy() and np.bincount inside construct -> NumPy on tensors in graph, rejected or fallback
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class NormMixin:
    def degree_inv_sqrt(self, index, num_nodes):
        deg = np.bincount(index.asnumpy(), minlength=num_nodes).astype(np.float32)
        deg[deg == 0] = 1.0
        return Tensor(deg ** -0.5)


class GCNLayer(nn.Cell, NormMixin):
    def __init__(self, in_dim, out_dim, normalize=True, bias=True):
        super().__init__()
        self.normalize = normalize
        self.lin = nn.Dense(in_dim, out_dim, has_bias=bias)

    def construct(self, x, edge_index):
        n = x.shape[0]
        src, dst = edge_index[0], edge_index[1]
        h = self.lin(x)
        if self.normalize:
            dinv = self.degree_inv_sqrt(dst, n)
            w = dinv[src] * dinv[dst]
        else:
            w = ops.ones(src.shape, h.dtype)
        return ops.unsorted_segment_sum(h[src] * w[:, None], dst, n)


def make():
    np.random.seed(3451)
    n, e = 12, 30
    x = Tensor(np.random.randn(n, 8).astype(np.float32))
    ei = Tensor(np.random.randint(0, n, size=(2, e)).astype(np.int32))
    return GCNLayer(8, 16), (x, ei)
