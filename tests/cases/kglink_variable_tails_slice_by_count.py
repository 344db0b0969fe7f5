# case: each query has a padded list of candidate tails plus a count; scores are sliced to the first n with n a tensor -> slice size depends on tensor value
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class QueryScorer(nn.Cell):
    def __init__(self, num_entities, num_relations, dim=8):
        super().__init__()
        self.ent = nn.Embedding(num_entities, dim)
        self.rel = nn.Embedding(num_relations, dim)

    def construct(self, head, rel, padded_tails, num_tails):
        q = self.ent(head) * self.rel(rel)
        tails = padded_tails[:num_tails]
        t = self.ent(tails)
        scores = (t * q).sum(axis=-1)
        return ops.softmax(scores, axis=0)


def make():
    np.random.seed(7)
    net = QueryScorer(30, 5)
    head = Tensor(np.array(2, dtype=np.int32))
    rel = Tensor(np.array(1, dtype=np.int32))
    padded = np.zeros(12, dtype=np.int32)
    padded[:5] = np.random.randint(1, 30, 5)
    return net, (head, rel, Tensor(padded), Tensor(5, ms.int32))
