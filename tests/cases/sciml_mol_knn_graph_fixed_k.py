# case: k-nearest-neighbour message passing for atoms with a constant k and self-exclusion by a diagonal penalty -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class KNNConv(nn.Cell):
    def __init__(self, dim=16, k=4, exclude_self=True):
        super().__init__()
        self.k = k
        self.exclude_self = exclude_self
        self.msg = nn.SequentialCell([nn.Dense(2 * dim + 1, dim), nn.SiLU()])
        self.upd = nn.Dense(2 * dim, dim)

    def knn(self, pos):
        n = pos.shape[0]
        d = ops.cdist(pos, pos)
        if self.exclude_self:
            d = d + 1e6 * ops.eye(n, n, ms.float32)
        neg, idx = ops.topk(-d, self.k)
        return -neg, idx

    def construct(self, pos, h):
        n, dim = h.shape
        dist, idx = self.knn(pos)
        h_j = ops.gather(h, idx.reshape(-1), 0).reshape(n, self.k, dim)
        h_i = ops.broadcast_to(h.expand_dims(1), (n, self.k, dim))
        m = self.msg(ops.concat((h_i, h_j, dist.expand_dims(-1)), axis=-1)).mean(axis=1)
        return h + self.upd(ops.concat((h, m), axis=-1))


class AtomEncoder(nn.Cell):
    def __init__(self, n_types=8, dim=16, n_layers=2):
        super().__init__()
        self.embed = nn.Embedding(n_types, dim)
        self.layers = nn.CellList([KNNConv(dim) for _ in range(n_layers)])

    def construct(self, z, pos):
        h = self.embed(z)
        for layer in self.layers:
            h = layer(pos, h)
        return h.sum(axis=0)


def make():
    np.random.seed(26)
    z = Tensor(np.random.randint(0, 8, 12).astype(np.int32))
    pos = Tensor(np.random.rand(12, 3).astype(np.float32))
    return AtomEncoder(), (z, pos)
