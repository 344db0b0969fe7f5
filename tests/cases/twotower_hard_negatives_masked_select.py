# case: hard negative mining keeps off-diagonal in-batch scores above a margin via masked_select and averages a hinge loss -> masked_select yields a data-dependent shape (dynamic)
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class HardNegativeHinge(nn.Cell):
    def __init__(self, margin=0.2, hard_threshold=-0.1):
        super().__init__()
        self.margin = margin
        self.hard_threshold = hard_threshold

    def construct(self, user_emb, item_emb):
        scores = ops.matmul(user_emb, item_emb.T)
        n = scores.shape[0]
        eye = ops.eye(n, n, ms.bool_)
        pos = ops.diagonal(scores).expand_dims(1)
        hard_mask = ops.logical_and(ops.logical_not(eye), scores > self.hard_threshold)
        hard_scores = ops.masked_select(scores - pos + self.margin, hard_mask)
        return ops.relu(hard_scores).mean()


class Model(nn.Cell):
    def __init__(self, dim=16, emb_dim=8):
        super().__init__()
        self.user_tower = nn.Dense(dim, emb_dim)
        self.item_tower = nn.Dense(dim, emb_dim)
        self.loss = HardNegativeHinge()

    def construct(self, users, items):
        u = ops.L2Normalize(axis=-1)(self.user_tower(users))
        v = ops.L2Normalize(axis=-1)(self.item_tower(items))
        return self.loss(u, v)


def make():
    np.random.seed(3)
    users = Tensor(np.random.randn(8, 16).astype(np.float32))
    items = Tensor(np.random.randn(8, 16).astype(np.float32))
    return Model(), (users, items)
