# case: filtered ranking pushes known true tails to a very low score with ops.where, then counts better candidates -> static shapes
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class FilteredRanker(nn.Cell):
    def __init__(self, num_entities, num_relations, dim=12, fill_value=-1e9):
        super().__init__()
        self.ent = nn.Embedding(num_entities, dim)
        self.rel = nn.Embedding(num_relations, dim)
        self.fill_value = fill_value

    def score_all(self, heads, rels):
        q = self.ent(heads) * self.rel(rels)
        return ops.matmul(q, self.ent.embedding_table.T)

    def construct(self, heads, rels, targets, filter_mask):
        scores = self.score_all(heads, rels)
        target_scores = ops.gather_elements(scores, 1, targets.reshape(-1, 1))
        filler = ops.full_like(scores, self.fill_value)
        filtered = ops.where(filter_mask, filler, scores)
        better = (filtered > target_scores).astype(ms.float32)
        ranks = better.sum(axis=1) + 1.0
        mrr = (1.0 / ranks).mean()
        return ranks, mrr


def make():
    np.random.seed(2)
    num_ent = 25
    net = FilteredRanker(num_ent, 6)
    heads = Tensor(np.random.randint(0, num_ent, (4,)).astype(np.int32))
    rels = Tensor(np.random.randint(0, 6, (4,)).astype(np.int32))
    targets = Tensor(np.random.randint(0, num_ent, (4,)).astype(np.int32))
    mask = np.random.rand(4, num_ent) < 0.2
    mask[np.arange(4), targets.asnumpy()] = False
    return net, (heads, rels, targets, Tensor(mask))
