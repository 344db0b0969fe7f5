# case: filtered ranking drops known true tails with masked_select before counting better candidates -> masked_select gives a dynamic shape
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class DistMultRanker(nn.Cell):
    def __init__(self, num_entities, num_relations, dim=12):
        super().__init__()
        self.ent = nn.Embedding(num_entities, dim)
        self.rel = nn.Embedding(num_relations, dim)

    def all_tail_scores(self, head, rel):
        h = self.ent(head)
        r = self.rel(rel)
        return ops.matmul(h * r, self.ent.embedding_table.T)

    def construct(self, head, rel, target, filter_mask):
        scores = self.all_tail_scores(head, rel)[0]
        target_score = scores[target[0]]
        keep = ops.logical_not(filter_mask)
        remaining = ops.masked_select(scores, keep)
        rank = (remaining > target_score).astype(ms.int32).sum() + 1
        return rank


def make():
    np.random.seed(1)
    num_ent = 20
    net = DistMultRanker(num_ent, 4)
    head = Tensor(np.array([3], dtype=np.int32))
    rel = Tensor(np.array([1], dtype=np.int32))
    target = Tensor(np.array([7], dtype=np.int32))
    mask = np.zeros(num_ent, dtype=np.bool_)
    mask[[2, 9, 11]] = True
    return net, (head, rel, target, Tensor(mask))
