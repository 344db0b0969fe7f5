# case: link-prediction eval cell computing hits@k by converting tensor comparisons with np.array inside construct -> compile error at line 25
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class HitsAtKEvaluator(nn.Cell):
    def __init__(self, num_entities=25, num_relations=4, dim=8, ks=(1, 3, 10)):
        super().__init__()
        self.ent = nn.Embedding(num_entities, dim)
        self.rel = nn.Embedding(num_relations, dim)
        self.ks = ks

    def ranks(self, heads, rels, tails):
        q = self.ent(heads) + self.rel(rels)
        scores = -ops.cdist(q, self.ent.embedding_table, 1.0)
        tgt = ops.gather_elements(scores, 1, tails.expand_dims(1))
        return (scores > tgt).astype(ms.float32).sum(1) + 1.0

    def construct(self, heads, rels, tails):
        ranks = self.ranks(heads, rels, tails)
        mrr = (1.0 / ranks).mean()
        hits = []
        for k in self.ks:
            hits.append(float(np.array(ranks <= k, dtype=np.float32).mean()))
        return mrr, Tensor(hits, ms.float32)


def make():
    np.random.seed(34)
    h = np.random.randint(0, 25, 6).astype(np.int32)
    r = np.random.randint(0, 4, 6).astype(np.int32)
    t = np.random.randint(0, 25, 6).astype(np.int32)
    return HitsAtKEvaluator(), (Tensor(h), Tensor(r), Tensor(t))
