# case: entity type constraint keeps only candidates of the relation's range type via boolean-mask indexing of the score vector -> boolean indexing gives a dynamic shape
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class TypedTailScorer(nn.Cell):
    def __init__(self, num_entities, num_relations, entity_types, relation_range, dim=8):
        super().__init__()
        self.ent = nn.Embedding(num_entities, dim)
        self.rel = nn.Embedding(num_relations, dim)
        self.entity_types = Tensor(entity_types)
        self.relation_range = Tensor(relation_range)

    def construct(self, head, rel):
        q = self.ent(head) + self.rel(rel)
        scores = -ops.abs(self.ent.embedding_table - q).sum(axis=-1)
        allowed = self.entity_types == self.relation_range[rel]
        typed_scores = scores[allowed]
        return ops.softmax(typed_scores, axis=0)


def make():
    np.random.seed(12)
    num_ent, num_rel = 18, 4
    types = np.random.randint(0, 3, (num_ent,)).astype(np.int32)
    types[:3] = [0, 1, 2]
    rng = np.array([0, 1, 2, 1], dtype=np.int32)
    net = TypedTailScorer(num_ent, num_rel, types, rng)
    return net, (Tensor(np.array(5, dtype=np.int32)), Tensor(np.array(1, dtype=np.int32)))
