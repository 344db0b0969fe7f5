# case: two-tower scorer with Python-bool constructor flags (normalize, learnable temperature) and a math.sqrt(emb_dim) scale on a Python int -> branches resolved at compile time, static graph
import math
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, Parameter


class ScaledDotScorer(nn.Cell):
    def __init__(self, emb_dim=8, normalize=True, learnable_temp=False, temperature=0.07):
        super().__init__()
        self.emb_dim = emb_dim
        self.normalize = normalize
        self.learnable_temp = learnable_temp
        self.temperature = temperature
        self.log_temp = Parameter(Tensor(np.log(temperature), ms.float32), name="log_temp")
        self.l2 = ops.L2Normalize(axis=-1)

    def construct(self, u, v):
        if self.normalize:
            u = self.l2(u)
            v = self.l2(v)
            scale = 1.0
        else:
            scale = 1.0 / math.sqrt(self.emb_dim)
        if self.learnable_temp:
            temp = ops.exp(self.log_temp)
        else:
            temp = self.temperature
        return ops.matmul(u, v.T) * scale / temp


class TwoTower(nn.Cell):
    def __init__(self, feat_dim=12, emb_dim=8):
        super().__init__()
        self.user_tower = nn.Dense(feat_dim, emb_dim)
        self.item_tower = nn.Dense(feat_dim, emb_dim)
        self.scorer = ScaledDotScorer(emb_dim, normalize=False, learnable_temp=True)

    def construct(self, users, items):
        return self.scorer(self.user_tower(users), self.item_tower(items))


def make():
    np.random.seed(15)
    users = Tensor(np.random.randn(5, 12).astype(np.float32))
    items = Tensor(np.random.randn(7, 12).astype(np.float32))
    return TwoTower(), (users, items)
