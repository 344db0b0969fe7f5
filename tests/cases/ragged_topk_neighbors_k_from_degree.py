# case: keeps the top-k most similar neighbours where k is the minimum node degree in the batch -> compile error at line 24
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class KNNGraphSparsifier(nn.Cell):
    """Sparsifies a similarity graph to top-k neighbours, k adapted to the sparsest node."""

    def __init__(self, dim=6, temperature=1.0):
        super().__init__()
        self.temperature = temperature
        self.query = nn.Dense(dim, dim, has_bias=False)

    def adaptive_k(self, adj):
        degree = adj.sum(axis=1)
        return degree.min().astype(ms.int32)

    def construct(self, x, adj):
        k = self.adaptive_k(adj)
        q = self.query(x)
        sim = ops.matmul(q, x.T) / self.temperature
        sim = ops.masked_fill(sim, adj <= 0, -1e9)
        vals, idx = ops.topk(sim, k)
        weights = ops.softmax(vals, -1)
        nbr = ops.gather(x, idx.reshape(-1), 0).reshape(idx.shape + (x.shape[-1],))
        return (weights.expand_dims(-1) * nbr).sum(axis=1)


def make():
    np.random.seed(0)
    x = Tensor(np.random.randn(5, 6).astype(np.float32))
    adj = (np.random.rand(5, 5) > 0.3).astype(np.float32)
    np.fill_diagonal(adj, 1.0)
    return KNNGraphSparsifier(), (x, Tensor(adj))
