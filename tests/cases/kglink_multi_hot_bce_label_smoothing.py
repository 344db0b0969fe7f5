# case: 1-N scoring against all entities with a multi-hot label matrix, label smoothing and BCE loss -> static shapes
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class OneToNDistMult(nn.Cell):
    def __init__(self, num_entities, num_relations, dim=10, smoothing=0.1):
        super().__init__()
        self.ent = nn.Embedding(num_entities, dim)
        self.rel = nn.Embedding(num_relations, dim)
        self.smoothing = smoothing
        self.num_entities = num_entities
        self.bce = nn.BCEWithLogitsLoss()

    def smooth(self, labels):
        return (1.0 - self.smoothing) * labels + 1.0 / self.num_entities

    def construct(self, heads, rels, labels):
        q = self.ent(heads) * self.rel(rels)
        logits = ops.matmul(q, self.ent.embedding_table.T)
        return self.bce(logits, self.smooth(labels))


def make():
    np.random.seed(10)
    num_ent = 24
    net = OneToNDistMult(num_ent, 5)
    heads = Tensor(np.random.randint(0, num_ent, (6,)).astype(np.int32))
    rels = Tensor(np.random.randint(0, 5, (6,)).astype(np.int32))
    labels = Tensor((np.random.rand(6, num_ent) < 0.1).astype(np.float32))
    return net, (heads, rels, labels)
