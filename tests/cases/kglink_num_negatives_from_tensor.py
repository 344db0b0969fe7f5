# case: number of corrupted tails per positive is read from a tensor with int() and used to slice a pool of negatives -> slice length depends on tensor value
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class NegSampleLoss(nn.Cell):
    def __init__(self, num_entities, num_relations, dim=8, margin=1.0):
        super().__init__()
        self.ent = nn.Embedding(num_entities, dim)
        self.rel = nn.Embedding(num_relations, dim)
        self.margin = margin

    def score(self, h, r, t):
        return -ops.abs(h + r - t).sum(axis=-1)

    def construct(self, heads, rels, tails, neg_pool, num_neg):
        n = int(num_neg)
        negs = neg_pool[:, :n]
        h = self.ent(heads).expand_dims(1)
        r = self.rel(rels).expand_dims(1)
        pos = self.score(h, r, self.ent(tails).expand_dims(1))
        neg = self.score(h, r, self.ent(negs))
        return ops.relu(self.margin - pos + neg).mean()


def make():
    np.random.seed(3)
    net = NegSampleLoss(40, 5)
    heads = Tensor(np.random.randint(0, 40, (6,)).astype(np.int32))
    rels = Tensor(np.random.randint(0, 5, (6,)).astype(np.int32))
    tails = Tensor(np.random.randint(0, 40, (6,)).astype(np.int32))
    pool = Tensor(np.random.randint(0, 40, (6, 10)).astype(np.int32))
    return net, (heads, rels, tails, pool, Tensor(4, ms.int32))
