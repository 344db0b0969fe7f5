# case: construct corrupts tails on the fly by drawing random entity ids with np.random and wrapping them in a Tensor -> NumPy randomness inside the graph
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class OnlineCorruptionLoss(nn.Cell):
    def __init__(self, num_entities, num_relations, dim=8, num_neg=4, margin=1.0):
        super().__init__()
        self.num_entities = num_entities
        self.ent = nn.Embedding(num_entities, dim)
        self.rel = nn.Embedding(num_relations, dim)
        self.num_neg = num_neg
        self.margin = margin

    def sample_tails(self, batch_size):
        ids = np.random.randint(0, self.num_entities, (batch_size, self.num_neg))
        return Tensor(ids.astype(np.int32))

    def construct(self, heads, rels, tails):
        q = (self.ent(heads) + self.rel(rels)).expand_dims(1)
        pos = ops.abs(q - self.ent(tails).expand_dims(1)).sum(axis=-1)
        neg_tails = self.sample_tails(heads.shape[0])
        neg = ops.abs(q - self.ent(neg_tails)).sum(axis=-1)
        return ops.relu(self.margin + pos - neg).mean()


def make():
    np.random.seed(40)
    net = OnlineCorruptionLoss(30, 4)
    heads = Tensor(np.random.randint(0, 30, (6,)).astype(np.int32))
    rels = Tensor(np.random.randint(0, 4, (6,)).astype(np.int32))
    tails = Tensor(np.random.randint(0, 30, (6,)).astype(np.int32))
    return net, (heads, rels, tails)
