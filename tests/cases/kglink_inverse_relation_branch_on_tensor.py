# case: if the relation id tensor is an inverse relation, scores all heads (full entity table) else only a given candidate list -> branches on a tensor value return different shapes
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class DirectionalScorer(nn.Cell):
    def __init__(self, num_entities, num_relations, dim=8):
        super().__init__()
        self.num_base = num_relations
        self.ent = nn.Embedding(num_entities, dim)
        self.rel = nn.Embedding(2 * num_relations, dim)

    def construct(self, anchor, rel, candidates):
        q = self.ent(anchor) * self.rel(rel)
        if rel >= self.num_base:
            scores = ops.matmul(self.ent.embedding_table, q)
        else:
            scores = (self.ent(candidates) * q).sum(axis=-1)
        return ops.sigmoid(scores)


def make():
    np.random.seed(26)
    net = DirectionalScorer(24, 3)
    anchor = Tensor(np.array(6, dtype=np.int32))
    rel = Tensor(np.array(4, dtype=np.int32))
    cands = Tensor(np.random.randint(0, 24, (7,)).astype(np.int32))
    return net, (anchor, rel, cands)
