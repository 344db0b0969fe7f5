# case: evaluation cell records the best MRR seen so far by assigning a plain Python attribute on self in construct -> attribute write on self in graph
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class MRRTracker(nn.Cell):
    def __init__(self, num_entities, num_relations, dim=8):
        super().__init__()
        self.ent = nn.Embedding(num_entities, dim)
        self.rel = nn.Embedding(num_relations, dim)
        self.best_mrr = 0.0
        self.last_ranks = None

    def construct(self, heads, rels, tails):
        q = self.ent(heads) * self.rel(rels)
        scores = ops.matmul(q, self.ent.embedding_table.T)
        target = ops.gather_elements(scores, 1, tails.reshape(-1, 1))
        ranks = (scores > target).astype(ms.float32).sum(axis=1) + 1
        mrr = (1.0 / ranks).mean()
        self.last_ranks = ranks
        if mrr > self.best_mrr:
            self.best_mrr = mrr
        return mrr


def make():
    np.random.seed(36)
    net = MRRTracker(25, 4)
    heads = Tensor(np.random.randint(0, 25, (6,)).astype(np.int32))
    rels = Tensor(np.random.randint(0, 4, (6,)).astype(np.int32))
    tails = Tensor(np.random.randint(0, 25, (6,)).astype(np.int32))
    return net, (heads, rels, tails)
