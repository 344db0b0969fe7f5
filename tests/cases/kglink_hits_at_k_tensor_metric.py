# case: Hits@k and MRR computed with tensor comparisons over a constant tuple of k values -> static shapes
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class TensorLinkMetrics(nn.Cell):
    def __init__(self, num_entities, num_relations, dim=8, ks=(1, 3, 10)):
        super().__init__()
        self.ent = nn.Embedding(num_entities, dim)
        self.rel = nn.Embedding(num_relations, dim)
        self.ks = ks

    def ranks(self, heads, rels, tails):
        q = self.ent(heads) * self.rel(rels)
        scores = ops.matmul(q, self.ent.embedding_table.T)
        target = ops.gather_elements(scores, 1, tails.reshape(-1, 1))
        return (scores > target).astype(ms.float32).sum(axis=1) + 1

    def construct(self, heads, rels, tails):
        r = self.ranks(heads, rels, tails)
        hits = ()
        for k in self.ks:
            hits = hits + ((r <= k).astype(ms.float32).mean(),)
        mrr = (1.0 / r).mean()
        return ops.stack(hits + (mrr,))


def make():
    np.random.seed(23)
    net = TensorLinkMetrics(30, 4)
    heads = Tensor(np.random.randint(0, 30, (8,)).astype(np.int32))
    rels = Tensor(np.random.randint(0, 4, (8,)).astype(np.int32))
    tails = Tensor(np.random.randint(0, 30, (8,)).astype(np.int32))
    return net, (heads, rels, tails)
