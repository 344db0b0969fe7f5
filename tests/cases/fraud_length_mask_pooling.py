# case: masks padded transactions with arange(T) < length built from x.shape and averages with the mask -> static shapes, Graph mode compiles statically
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class MaskedMeanPool(nn.Cell):
    def construct(self, h, lengths):
        t = h.shape[1]
        steps = ops.arange(t).reshape(1, t)
        mask = (steps < lengths.reshape(-1, 1)).astype(h.dtype)
        summed = (h * mask.expand_dims(-1)).sum(axis=1)
        denom = ops.clamp(mask.sum(axis=1, keepdims=True), min=1.0)
        return summed / denom


class PaddedHistoryScorer(nn.Cell):
    def __init__(self, feat_dim=5, hidden=12):
        super().__init__()
        self.embed = nn.Dense(feat_dim, hidden, activation="tanh")
        self.pool = MaskedMeanPool()
        self.out = nn.Dense(hidden, 1)

    def construct(self, txns, lengths):
        h = self.embed(txns)
        pooled = self.pool(h, lengths)
        return ops.sigmoid(self.out(pooled)).squeeze(-1)


def make():
    np.random.seed(1)
    txns = Tensor(np.random.randn(4, 10, 5).astype(np.float32))
    lengths = Tensor(np.array([10, 3, 7, 1], dtype=np.int32))
    return PaddedHistoryScorer(), (txns, lengths)
