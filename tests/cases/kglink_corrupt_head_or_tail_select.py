# case: negative sampling corrupts head or tail per triple using a precomputed coin flip and ops.select -> static shapes
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class CorruptAndScore(nn.Cell):
    def __init__(self, num_entities, num_relations, dim=10, margin=2.0):
        super().__init__()
        self.ent = nn.Embedding(num_entities, dim)
        self.rel = nn.Embedding(num_relations, dim)
        self.margin = margin

    def corrupt(self, heads, tails, random_ents, corrupt_head):
        new_heads = ops.select(corrupt_head, random_ents, heads)
        new_tails = ops.select(corrupt_head, tails, random_ents)
        return new_heads, new_tails

    def transe(self, h, r, t):
        return ops.abs(self.ent(h) + self.rel(r) - self.ent(t)).sum(axis=-1)

    def construct(self, heads, rels, tails, random_ents, corrupt_head):
        neg_h, neg_t = self.corrupt(heads, tails, random_ents, corrupt_head)
        pos_d = self.transe(heads, rels, tails)
        neg_d = self.transe(neg_h, rels, neg_t)
        return ops.relu(self.margin + pos_d - neg_d).mean()


def make():
    np.random.seed(4)
    n = 12
    net = CorruptAndScore(50, 7)
    heads = Tensor(np.random.randint(0, 50, (n,)).astype(np.int32))
    rels = Tensor(np.random.randint(0, 7, (n,)).astype(np.int32))
    tails = Tensor(np.random.randint(0, 50, (n,)).astype(np.int32))
    rand_ents = Tensor(np.random.randint(0, 50, (n,)).astype(np.int32))
    coin = Tensor(np.random.rand(n) < 0.5)
    return net, (heads, rels, tails, rand_ents, coin)
