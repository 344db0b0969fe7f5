# case: builds num_neg negatives per user by cyclically shifting the item batch with Python-int slices in a constant loop, then a sampled softmax -> static shapes, compiles fine
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ShiftedNegatives(nn.Cell):
    def __init__(self, num_neg=3):
        super().__init__()
        self.num_neg = num_neg

    def construct(self, item_emb):
        negs = []
        for i in range(self.num_neg):
            shift = i + 1
            rolled = ops.concat((item_emb[shift:], item_emb[:shift]), axis=0)
            negs.append(rolled)
        return ops.stack(negs, axis=1)


class SampledSoftmaxTwoTower(nn.Cell):
    def __init__(self, feat_dim=10, emb_dim=8, num_neg=3, temperature=0.1):
        super().__init__()
        self.user_tower = nn.Dense(feat_dim, emb_dim)
        self.item_tower = nn.Dense(feat_dim, emb_dim)
        self.negatives = ShiftedNegatives(num_neg)
        self.temperature = temperature

    def construct(self, users, items):
        u = self.user_tower(users)
        v = self.item_tower(items)
        negs = self.negatives(v)
        pos_logit = (u * v).sum(axis=-1, keepdims=True)
        neg_logit = (u.expand_dims(1) * negs).sum(axis=-1)
        logits = ops.concat((pos_logit, neg_logit), axis=1) / self.temperature
        return -ops.log_softmax(logits, axis=1)[:, 0].mean()


def make():
    np.random.seed(17)
    users = Tensor(np.random.randn(6, 10).astype(np.float32))
    items = Tensor(np.random.randn(6, 10).astype(np.float32))
    return SampledSoftmaxTwoTower(), (users, items)
