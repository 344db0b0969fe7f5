# case: filtered tail ranking that drops known true tails with masked_select before counting -> dynamic shape at line 24
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class FilteredTailRanker(nn.Cell):
    def __init__(self, num_entities=40, num_relations=6, dim=12):
        super().__init__()
        self.ent = nn.Embedding(num_entities, dim)
        self.rel = nn.Embedding(num_relations, dim)

    def score_all_tails(self, heads, rels):
        hr = self.ent(heads) * self.rel(rels)
        return ops.matmul(hr, self.ent.embedding_table.T)

    def construct(self, heads, rels, tails, known_mask):
        scores = self.score_all_tails(heads, rels)
        ranks = []
        for i in range(scores.shape[0]):
            target = scores[i, tails[i]]
            keep = ops.logical_not(known_mask[i])
            keep[tails[i]] = True
            filtered = ops.masked_select(scores[i], keep)
            ranks.append((filtered > target).sum() + 1)
        ranks = ops.stack(ranks).astype(ms.float32)
        return (1.0 / ranks).mean()


def make():
    np.random.seed(1)
    heads = np.random.randint(0, 40, 4).astype(np.int32)
    rels = np.random.randint(0, 6, 4).astype(np.int32)
    tails = np.random.randint(0, 40, 4).astype(np.int32)
    known = np.random.rand(4, 40) < 0.2
    return FilteredTailRanker(), (Tensor(heads), Tensor(rels), Tensor(tails), Tensor(known))
