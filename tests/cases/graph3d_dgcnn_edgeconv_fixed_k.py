# case: batched DGCNN EdgeConv with k from the constructor, knn by topk -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


def pairwise_neg_dist(x):
    # x: (B, N, C)
    inner = ops.bmm(x, x.transpose(0, 2, 1))
    sq = (x * x).sum(-1, keepdims=True)
    return 2 * inner - sq - sq.transpose(0, 2, 1)


def gather_neighbors(x, idx):
    b, n, k = idx.shape
    c = x.shape[-1]
    base = ops.arange(0, b, dtype=ms.int32).reshape(b, 1, 1) * n
    flat = (idx + base).reshape(-1)
    return ops.gather(x.reshape(b * n, c), flat, 0).reshape(b, n, k, c)


class EdgeConv(nn.Cell):
    def __init__(self, in_dim=3, out_dim=24, k=5, aggr="max"):
        super().__init__()
        self.k = k
        self.aggr = aggr
        self.mlp = nn.SequentialCell([nn.Dense(2 * in_dim, out_dim), nn.LeakyReLU(0.2)])

    def construct(self, x):
        _, idx = ops.topk(pairwise_neg_dist(x), self.k)
        neigh = gather_neighbors(x, idx.astype(ms.int32))
        center = ops.tile(x.expand_dims(2), (1, 1, self.k, 1))
        h = self.mlp(ops.concat([center, neigh - center], axis=-1))
        if self.aggr == "max":
            return h.max(axis=2)
        return h.mean(axis=2)


def make():
    np.random.seed(6)
    x = Tensor(np.random.rand(2, 20, 3).astype(np.float32))
    return EdgeConv(), (x,)
