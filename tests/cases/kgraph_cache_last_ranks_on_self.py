# case: ranking cell that stores the last computed ranks and query count as attributes on self inside construct -> compile error at line 23
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class CachingRanker(nn.Cell):
    def __init__(self, num_entities=20, num_relations=4, dim=8):
        super().__init__()
        self.ent = nn.Embedding(num_entities, dim)
        self.rel = nn.Embedding(num_relations, dim)
        self.last_ranks = None
        self.num_queries = 0

    def rank_of(self, scores, targets):
        tgt = ops.gather_elements(scores, 1, targets.expand_dims(1))
        return (scores > tgt).astype(ms.float32).sum(1) + 1.0

    def construct(self, heads, rels, tails):
        q = self.ent(heads) - self.rel(rels)
        scores = -ops.cdist(q, self.ent.embedding_table, 2.0)
        ranks = self.rank_of(scores, tails)
        self.last_ranks = ranks
        self.num_queries = self.num_queries + heads.shape[0]
        return (1.0 / ranks).mean()


def make():
    np.random.seed(23)
    heads = np.random.randint(0, 20, 5).astype(np.int32)
    rels = np.random.randint(0, 4, 5).astype(np.int32)
    tails = np.random.randint(0, 20, 5).astype(np.int32)
    return CachingRanker(), (Tensor(heads), Tensor(rels), Tensor(tails))
