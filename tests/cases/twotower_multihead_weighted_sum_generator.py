# case: combines several dot-product scoring heads with a generator expression sum(w * head(u, v) for ...) over a CellList and constant weights -> constant-length iteration, expected static (generator support may differ)
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class DotHead(nn.Cell):
    def __init__(self, emb_dim=8, head_dim=4):
        super().__init__()
        self.proj_u = nn.Dense(emb_dim, head_dim)
        self.proj_v = nn.Dense(emb_dim, head_dim)

    def construct(self, u, v):
        return (self.proj_u(u) * self.proj_v(v)).sum(axis=-1)


class MultiHeadScorer(nn.Cell):
    def __init__(self, emb_dim=8, head_weights=(0.5, 0.3, 0.2)):
        super().__init__()
        self.heads = nn.CellList([DotHead(emb_dim) for _ in head_weights])
        self.head_weights = head_weights

    def construct(self, u, v):
        return sum(w * head(u, v) for w, head in zip(self.head_weights, self.heads))


class Ranker(nn.Cell):
    def __init__(self, feat_dim=10, emb_dim=8):
        super().__init__()
        self.user_tower = nn.Dense(feat_dim, emb_dim, activation="relu")
        self.item_tower = nn.Dense(feat_dim, emb_dim, activation="relu")
        self.scorer = MultiHeadScorer(emb_dim)

    def construct(self, users, items):
        return ops.sigmoid(self.scorer(self.user_tower(users), self.item_tower(items)))


def make():
    np.random.seed(26)
    users = Tensor(np.random.randn(5, 10).astype(np.float32))
    items = Tensor(np.random.randn(5, 10).astype(np.float32))
    return Ranker(), (users, items)
