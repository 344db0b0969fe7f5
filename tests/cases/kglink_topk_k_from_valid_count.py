# case: top-k candidate tails where k is the number of valid candidates counted from a mask -> k from tensor value, data-dependent size
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class CandidateRetriever(nn.Cell):
    def __init__(self, num_entities, num_relations, dim=8):
        super().__init__()
        self.ent = nn.Embedding(num_entities, dim)
        self.rel = nn.Embedding(num_relations, dim)

    def construct(self, head, rel, candidate_ids, valid_mask):
        q = self.ent(head) + self.rel(rel)
        cand = self.ent(candidate_ids)
        scores = -ops.abs(cand - q).sum(axis=-1)
        scores = ops.where(valid_mask, scores, ops.full_like(scores, -1e9))
        k = int(valid_mask.astype(ms.int32).sum())
        top_scores, top_idx = ops.topk(scores, k)
        return top_scores, candidate_ids[top_idx]


def make():
    np.random.seed(5)
    net = CandidateRetriever(30, 3)
    head = Tensor(np.array(4, dtype=np.int32))
    rel = Tensor(np.array(2, dtype=np.int32))
    cands = Tensor(np.random.randint(0, 30, (10,)).astype(np.int32))
    valid = Tensor(np.array([1, 1, 0, 1, 1, 0, 1, 0, 0, 1], dtype=np.bool_))
    return net, (head, rel, cands, valid)
