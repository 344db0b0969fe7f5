# case: RotatE-style self-adversarial negative sampling weights negatives by a detached softmax over their scores -> static shapes
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class SelfAdversarialLoss(nn.Cell):
    def __init__(self, num_entities, num_relations, dim=8, gamma=4.0, temperature=1.0):
        super().__init__()
        self.ent = nn.Embedding(num_entities, dim)
        self.rel = nn.Embedding(num_relations, dim)
        self.gamma = gamma
        self.temperature = temperature

    def score(self, h, r, t):
        return self.gamma - ops.abs(h + r - t).sum(axis=-1)

    def construct(self, heads, rels, tails, neg_tails):
        h = self.ent(heads)
        r = self.rel(rels)
        pos = self.score(h, r, self.ent(tails))
        neg = self.score(h.expand_dims(1), r.expand_dims(1), self.ent(neg_tails))
        weights = ops.stop_gradient(ops.softmax(neg * self.temperature, axis=1))
        neg_loss = -(weights * ops.log(ops.sigmoid(-neg) + 1e-9)).sum(axis=1)
        pos_loss = -ops.log(ops.sigmoid(pos) + 1e-9)
        return (pos_loss + neg_loss).mean() / 2


def make():
    np.random.seed(20)
    net = SelfAdversarialLoss(35, 5)
    heads = Tensor(np.random.randint(0, 35, (6,)).astype(np.int32))
    rels = Tensor(np.random.randint(0, 5, (6,)).astype(np.int32))
    tails = Tensor(np.random.randint(0, 35, (6,)).astype(np.int32))
    negs = Tensor(np.random.randint(0, 35, (6, 8)).astype(np.int32))
    return net, (heads, rels, tails, negs)
