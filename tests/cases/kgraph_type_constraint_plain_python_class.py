# case: type-constrained tail prediction that wraps scores and allowed-type masks in a plain Python helper class built in construct -> compile error at line 31
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ConstrainedScores:
    def __init__(self, scores, allowed):
        self.scores = scores
        self.allowed = allowed

    def apply(self, penalty):
        return ops.where(self.allowed, self.scores, self.scores - penalty)

    def best(self, penalty):
        return ops.argmax(self.apply(penalty), dim=-1)


class TypedTailPredictor(nn.Cell):
    def __init__(self, num_entities=25, num_relations=4, num_types=3, dim=8, penalty=100.0):
        super().__init__()
        self.ent = nn.Embedding(num_entities, dim)
        self.rel = nn.Embedding(num_relations, dim)
        self.range_types = ms.Parameter(Tensor(np.arange(num_relations) % num_types, ms.int32),
                                        requires_grad=False)
        self.penalty = penalty

    def construct(self, heads, rels, entity_types):
        scores = ops.matmul(self.ent(heads) * self.rel(rels), self.ent.embedding_table.T)
        want = ops.gather(self.range_types, rels, 0).expand_dims(1)
        cs = ConstrainedScores(scores, entity_types.expand_dims(0) == want)
        return cs.best(self.penalty)


def make():
    np.random.seed(15)
    heads = np.random.randint(0, 25, 4).astype(np.int32)
    rels = np.random.randint(0, 4, 4).astype(np.int32)
    etypes = np.random.randint(0, 3, 25).astype(np.int32)
    return TypedTailPredictor(), (Tensor(heads), Tensor(rels), Tensor(etypes))
