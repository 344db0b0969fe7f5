# case: removes duplicate candidate ids per user by a pairwise-equality lower-triangular mask, pushes duplicates to -1e9 and takes a fixed top_n -> static shapes, compiles fine
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class DedupTopN(nn.Cell):
    def __init__(self, top_n=4, dup_penalty=-1e9):
        super().__init__()
        self.top_n = top_n
        self.dup_penalty = dup_penalty

    def duplicate_mask(self, cand_ids):
        k = cand_ids.shape[1]
        same = cand_ids.expand_dims(2) == cand_ids.expand_dims(1)
        earlier = ops.tril(ops.ones((k, k), ms.float32), diagonal=-1).astype(ms.bool_)
        return ops.logical_and(same, earlier).any(axis=2)

    def construct(self, cand_ids, scores):
        dup = self.duplicate_mask(cand_ids)
        masked = ops.where(dup, ops.full_like(scores, self.dup_penalty), scores)
        top_scores, top_pos = ops.topk(masked, self.top_n, dim=1)
        top_ids = ops.gather_elements(cand_ids, 1, top_pos)
        return top_ids, top_scores


def make():
    np.random.seed(6)
    cand = np.random.randint(0, 6, size=(3, 8)).astype(np.int32)
    scores = np.random.rand(3, 8).astype(np.float32)
    return DedupTopN(), (Tensor(cand), Tensor(scores))
