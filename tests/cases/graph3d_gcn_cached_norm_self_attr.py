# case: GCN with cached=True that stores the normalised edge weights on self inside construct -> compile error at line 27
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class CachedGCNConv(nn.Cell):
    def __init__(self, in_dim=8, out_dim=8, cached=True):
        super().__init__()
        self.cached = cached
        self.cached_weight = None
        self.lin = nn.Dense(in_dim, out_dim)

    def gcn_norm(self, edge_index, n):
        src, dst = edge_index[0], edge_index[1]
        deg = ops.unsorted_segment_sum(ops.ones(dst.shape, ms.float32), dst, n) + 1.0
        dis = ops.pow(deg, -0.5)
        return ops.gather(dis, src, 0) * ops.gather(dis, dst, 0)

    def construct(self, x, edge_index):
        n = x.shape[0]
        if self.cached and self.cached_weight is not None:
            w = self.cached_weight
        else:
            w = self.gcn_norm(edge_index, n)
            if self.cached:
                self.cached_weight = w
        h = self.lin(x)
        out = ops.unsorted_segment_sum(ops.gather(h, edge_index[0], 0) * w.expand_dims(-1), edge_index[1], n)
        return out + h


def make():
    np.random.seed(21)
    x = Tensor(np.random.randn(10, 8).astype(np.float32))
    ei = Tensor(np.random.randint(0, 10, size=(2, 28)).astype(np.int32))
    return CachedGCNConv(), (x, ei)
