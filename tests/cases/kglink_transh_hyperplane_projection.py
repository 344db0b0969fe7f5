# case: TransH projects entities onto a relation-specific hyperplane using a normalised normal vector -> static shapes
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class TransH(nn.Cell):
    def __init__(self, num_entities, num_relations, dim=10, eps=1e-8):
        super().__init__()
        self.ent = nn.Embedding(num_entities, dim)
        self.rel = nn.Embedding(num_relations, dim)
        self.normal = nn.Embedding(num_relations, dim)
        self.eps = eps

    def unit(self, v):
        return v / ops.sqrt((v * v).sum(axis=-1, keepdims=True) + self.eps)

    def to_hyperplane(self, e, w):
        return e - (e * w).sum(axis=-1, keepdims=True) * w

    def construct(self, heads, rels, tails):
        w = self.unit(self.normal(rels))
        h = self.to_hyperplane(self.ent(heads), w)
        t = self.to_hyperplane(self.ent(tails), w)
        diff = h + self.rel(rels) - t
        return (diff * diff).sum(axis=-1)


def make():
    np.random.seed(16)
    net = TransH(20, 4)
    heads = Tensor(np.random.randint(0, 20, (6,)).astype(np.int32))
    rels = Tensor(np.random.randint(0, 4, (6,)).astype(np.int32))
    tails = Tensor(np.random.randint(0, 20, (6,)).astype(np.int32))
    return net, (heads, rels, tails)
