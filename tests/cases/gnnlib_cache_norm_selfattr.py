# case: cached GCN layer that stores the computed normalised edge weights on self inside construct on first call -> attribute write in construct, may be rejected
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class GCNConfig:
    hidden = 16
    cached = True
    improved = False


class CachedGCNConv(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.cached = config.cached
        self.fill = 2.0 if config.improved else 1.0
        self.lin = nn.Dense(config.hidden, config.hidden)
        self._cached_norm = None

    def _norm(self, edge_index, n):
        deg = ops.unsorted_segment_sum(ops.ones(edge_index.shape[1], ms.float32), edge_index[1], n) + self.fill
        dinv = ops.pow(deg, -0.5)
        return dinv[edge_index[0]] * dinv[edge_index[1]], dinv * dinv * self.fill

    def construct(self, x, edge_index):
        n = x.shape[0]
        cache = self._cached_norm
        if cache is None:
            cache = self._norm(edge_index, n)
            if self.cached:
                self._cached_norm = cache
        edge_norm, loop_norm = cache
        h = self.lin(x)
        out = ops.unsorted_segment_sum(h[edge_index[0]] * edge_norm[:, None], edge_index[1], n)
        return out + h * loop_norm[:, None]


def make():
    np.random.seed(3449)
    n, e = 12, 30
    x = Tensor(np.random.randn(n, 16).astype(np.float32))
    ei = Tensor(np.random.randint(0, n, size=(2, e)).astype(np.int32))
    return CachedGCNConv(GCNConfig()), (x, ei)
