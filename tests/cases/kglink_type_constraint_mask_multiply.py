# case: entity type constraint applied by gathering a per-relation type mask and adding a large penalty to disallowed entities -> static shapes
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class TypeConstrainedScorer(nn.Cell):
    def __init__(self, num_entities, num_relations, type_mask, dim=8, penalty=1e4):
        super().__init__()
        self.ent = nn.Embedding(num_entities, dim)
        self.rel = nn.Embedding(num_relations, dim)
        self.type_mask = Tensor(type_mask.astype(np.float32))
        self.penalty = penalty

    def raw_scores(self, heads, rels):
        q = self.ent(heads) * self.rel(rels)
        return ops.matmul(q, self.ent.embedding_table.T)

    def construct(self, heads, rels):
        scores = self.raw_scores(heads, rels)
        allowed = ops.gather(self.type_mask, rels, 0)
        scores = scores - (1.0 - allowed) * self.penalty
        return ops.softmax(scores, axis=-1)


def make():
    np.random.seed(13)
    num_ent, num_rel = 20, 4
    mask = np.random.rand(num_rel, num_ent) < 0.6
    mask[:, 0] = True
    net = TypeConstrainedScorer(num_ent, num_rel, mask)
    heads = Tensor(np.random.randint(0, num_ent, (5,)).astype(np.int32))
    rels = Tensor(np.random.randint(0, num_rel, (5,)).astype(np.int32))
    return net, (heads, rels)
