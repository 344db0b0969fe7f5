# case: TransE margin ranking loss with a fixed number of corrupted tails per positive triple -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class TransEMarginLoss(nn.Cell):
    def __init__(self, num_entities=50, num_relations=8, dim=16, p_norm=1, margin=1.0):
        super().__init__()
        self.ent = nn.Embedding(num_entities, dim)
        self.rel = nn.Embedding(num_relations, dim)
        self.p_norm = p_norm
        self.margin = margin

    def distance(self, h, r, t):
        diff = h + r - t
        if self.p_norm == 1:
            return ops.abs(diff).sum(-1)
        return ops.sqrt((diff * diff).sum(-1) + 1e-9)

    def construct(self, pos_triples, neg_tails):
        h = self.ent(pos_triples[:, 0])
        r = self.rel(pos_triples[:, 1])
        t = self.ent(pos_triples[:, 2])
        pos_d = self.distance(h, r, t)
        neg_t = self.ent(neg_tails)
        neg_d = self.distance(h.expand_dims(1), r.expand_dims(1), neg_t)
        loss = ops.relu(self.margin + pos_d.expand_dims(1) - neg_d)
        return loss.mean()


def make():
    np.random.seed(0)
    triples = np.stack([np.random.randint(0, 50, 6),
                        np.random.randint(0, 8, 6),
                        np.random.randint(0, 50, 6)], axis=1).astype(np.int32)
    neg = np.random.randint(0, 50, (6, 4)).astype(np.int32)
    return TransEMarginLoss(), (Tensor(triples), Tensor(neg))
