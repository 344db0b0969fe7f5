# case: player re-id triplet loss picks hard negatives with ops.select between two candidate distances and hinges with ops.maximum -> elementwise select, static in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ReIDEmbedder(nn.Cell):
    def __init__(self, in_dim=12, emb_dim=8):
        super().__init__()
        self.fc = nn.Dense(in_dim, emb_dim)

    def construct(self, x):
        return ops.L2Normalize(axis=-1)(self.fc(x))


class HardTripletLoss(nn.Cell):
    def __init__(self, in_dim=12, emb_dim=8, margin=0.3):
        super().__init__()
        self.embed = ReIDEmbedder(in_dim, emb_dim)
        self.margin = margin

    def dist(self, a, b):
        return ((a - b) ** 2).sum(axis=-1)

    def construct(self, anchor, positive, neg_a, neg_b):
        za, zp = self.embed(anchor), self.embed(positive)
        d_na = self.dist(za, self.embed(neg_a))
        d_nb = self.dist(za, self.embed(neg_b))
        hard_neg = ops.select(d_na < d_nb, d_na, d_nb)
        loss = ops.maximum(self.dist(za, zp) - hard_neg + self.margin, ops.zeros_like(hard_neg))
        return loss.mean()


def make():
    np.random.seed(37)
    mk = lambda: Tensor(np.random.randn(6, 12).astype(np.float32))
    return HardTripletLoss(12, 8, 0.3), (mk(), mk(), mk(), mk())
