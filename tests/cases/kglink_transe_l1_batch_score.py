# case: TransE L1 scoring of a batch of (h, r, t) triples with embedding tables -> static shapes, compiles fine
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class TransE(nn.Cell):
    def __init__(self, num_entities, num_relations, dim=16, p_norm=1):
        super().__init__()
        self.ent = nn.Embedding(num_entities, dim)
        self.rel = nn.Embedding(num_relations, dim)
        self.p_norm = p_norm

    def distance(self, diff):
        if self.p_norm == 1:
            return ops.abs(diff).sum(axis=-1)
        return ops.sqrt((diff * diff).sum(axis=-1) + 1e-9)

    def construct(self, heads, rels, tails):
        h = self.ent(heads)
        r = self.rel(rels)
        t = self.ent(tails)
        return -self.distance(h + r - t)


def make():
    np.random.seed(0)
    net = TransE(num_entities=30, num_relations=5, dim=16)
    heads = Tensor(np.random.randint(0, 30, (8,)).astype(np.int32))
    rels = Tensor(np.random.randint(0, 5, (8,)).astype(np.int32))
    tails = Tensor(np.random.randint(0, 30, (8,)).astype(np.int32))
    return net, (heads, rels, tails)
