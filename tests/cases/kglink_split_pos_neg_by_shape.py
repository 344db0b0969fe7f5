# case: a batch holding positives followed by an equal number of corrupted triples is split with slices computed from x.shape -> static sizes, compiles fine
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class PairwiseHingeModel(nn.Cell):
    def __init__(self, num_entities, num_relations, dim=8, margin=1.0, neg_ratio=1):
        super().__init__()
        self.ent = nn.Embedding(num_entities, dim)
        self.rel = nn.Embedding(num_relations, dim)
        self.margin = margin
        self.neg_ratio = neg_ratio

    def distance(self, triples):
        h = self.ent(triples[:, 0])
        r = self.rel(triples[:, 1])
        t = self.ent(triples[:, 2])
        return ops.abs(h + r - t).sum(axis=-1)

    def construct(self, triples):
        d = self.distance(triples)
        n_pos = triples.shape[0] // (1 + self.neg_ratio)
        pos = d[:n_pos].reshape(-1, 1)
        neg = d[n_pos:].reshape(n_pos, self.neg_ratio)
        return ops.relu(self.margin + pos - neg).mean()


def make():
    np.random.seed(37)
    pos = np.stack([np.random.randint(0, 20, 5), np.random.randint(0, 4, 5), np.random.randint(0, 20, 5)], 1)
    neg = pos.copy()
    neg[:, 2] = np.random.randint(0, 20, 5)
    triples = Tensor(np.concatenate([pos, neg]).astype(np.int32))
    return PairwiseHingeModel(20, 4), (triples,)
