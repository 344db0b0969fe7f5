# case: assortment scorer zeroes out-of-stock product margins with ops.where and sums over all rows -> static shapes, compiles fine
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class MarginScorer(nn.Cell):
    def __init__(self, feat_dim=5, min_margin=0.0):
        super().__init__()
        self.min_margin = min_margin
        self.proj = nn.Dense(feat_dim, 1)

    def construct(self, feats, price, cost, stock):
        available = stock > 0
        margin = ops.clamp(price - cost, min=self.min_margin)
        margin = ops.where(available, margin, ops.zeros_like(margin))
        score = self.proj(feats).squeeze(-1) * margin
        return score.sum(), available.astype(ms.int32).sum()


def make():
    np.random.seed(17)
    feats = Tensor(np.random.randn(12, 5).astype(np.float32))
    price = Tensor(np.random.uniform(5, 15, size=(12,)).astype(np.float32))
    cost = Tensor(np.random.uniform(2, 5, size=(12,)).astype(np.float32))
    stock = Tensor(np.random.randint(0, 3, size=(12,)).astype(np.int32))
    return MarginScorer(), (feats, price, cost, stock)
