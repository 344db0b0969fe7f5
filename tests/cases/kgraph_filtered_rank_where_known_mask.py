# case: filtered MRR where known triples are pushed to -inf with ops.where on a fixed-size mask -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class FilteredMRR(nn.Cell):
    def __init__(self, num_entities=40, num_relations=6, dim=12, hits_k=(1, 3, 10)):
        super().__init__()
        self.ent = nn.Embedding(num_entities, dim)
        self.rel = nn.Embedding(num_relations, dim)
        self.hits_k = hits_k
        self.num_entities = num_entities

    def construct(self, heads, rels, tails, known_mask):
        hr = self.ent(heads) * self.rel(rels)
        scores = ops.matmul(hr, self.ent.embedding_table.T)
        target_onehot = ops.one_hot(tails, self.num_entities, Tensor(1.0, ms.float32),
                                    Tensor(0.0, ms.float32)) > 0.5
        target = ops.gather_elements(scores, 1, tails.expand_dims(1))
        filt = ops.logical_and(known_mask, ops.logical_not(target_onehot))
        neg_inf = ops.fill(ms.float32, scores.shape, -1e9)
        scores = ops.where(filt, neg_inf, scores)
        ranks = (scores > target).astype(ms.float32).sum(axis=1) + 1.0
        metrics = [(1.0 / ranks).mean()]
        for k in self.hits_k:
            metrics.append((ranks <= k).astype(ms.float32).mean())
        return ops.stack(metrics)


def make():
    np.random.seed(2)
    heads = np.random.randint(0, 40, 5).astype(np.int32)
    rels = np.random.randint(0, 6, 5).astype(np.int32)
    tails = np.random.randint(0, 40, 5).astype(np.int32)
    known = np.random.rand(5, 40) < 0.15
    return FilteredMRR(), (Tensor(heads), Tensor(rels), Tensor(tails), Tensor(known))
