# case: assortment scorer keeps only in-stock product rows with boolean-mask indexing before computing margins -> boolean indexing gives data-dependent shape, dynamic in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class MarginScorer(nn.Cell):
    def __init__(self, feat_dim=5):
        super().__init__()
        self.proj = nn.Dense(feat_dim, 1)

    def construct(self, feats, price, cost, stock):
        available = stock > 0
        f = feats[available]
        margin = (price - cost)[available]
        score = self.proj(f).squeeze(-1) * margin
        return score.sum()


def make():
    np.random.seed(16)
    feats = Tensor(np.random.randn(12, 5).astype(np.float32))
    price = Tensor(np.random.uniform(5, 15, size=(12,)).astype(np.float32))
    cost = Tensor(np.random.uniform(2, 5, size=(12,)).astype(np.float32))
    stock = Tensor(np.random.randint(0, 3, size=(12,)).astype(np.int32))
    return MarginScorer(), (feats, price, cost, stock)
