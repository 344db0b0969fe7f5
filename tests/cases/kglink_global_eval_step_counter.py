# case: a module-level counter of evaluated queries is incremented via a global statement inside construct while ranking tails -> global state mutated in graph
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

EVAL_STATS = {"queries": 0}
SEEN_BATCHES = 0


class CountingRanker(nn.Cell):
    def __init__(self, num_entities, num_relations, dim=8):
        super().__init__()
        self.ent = nn.Embedding(num_entities, dim)
        self.rel = nn.Embedding(num_relations, dim)

    def construct(self, heads, rels, tails):
        global SEEN_BATCHES
        SEEN_BATCHES += 1
        EVAL_STATS["queries"] += heads.shape[0]
        q = self.ent(heads) * self.rel(rels)
        scores = ops.matmul(q, self.ent.embedding_table.T)
        target = ops.gather_elements(scores, 1, tails.reshape(-1, 1))
        return (scores > target).astype(ms.int32).sum(axis=1) + 1


def make():
    np.random.seed(32)
    net = CountingRanker(25, 4)
    heads = Tensor(np.random.randint(0, 25, (6,)).astype(np.int32))
    rels = Tensor(np.random.randint(0, 4, (6,)).astype(np.int32))
    tails = Tensor(np.random.randint(0, 25, (6,)).astype(np.int32))
    return net, (heads, rels, tails)
