# case: loops over range(num_queries) where the count comes from a tensor, appending per-query best tail scores to a list and stacking -> loop bound from tensor value, list grows data-dependently
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class BestTailCollector(nn.Cell):
    def __init__(self, num_entities, num_relations, dim=8):
        super().__init__()
        self.ent = nn.Embedding(num_entities, dim)
        self.rel = nn.Embedding(num_relations, dim)

    def best_tail(self, head, rel):
        q = self.ent(head) + self.rel(rel)
        d = ops.abs(self.ent.embedding_table - q).sum(axis=-1)
        return ops.argmin(d)

    def construct(self, heads, rels, num_queries):
        best = []
        for i in range(num_queries):
            best.append(self.best_tail(heads[i], rels[i]))
        return ops.stack(best)


def make():
    np.random.seed(28)
    net = BestTailCollector(20, 4)
    heads = Tensor(np.random.randint(0, 20, (6,)).astype(np.int32))
    rels = Tensor(np.random.randint(0, 4, (6,)).astype(np.int32))
    return net, (heads, rels, Tensor(4, ms.int32))
