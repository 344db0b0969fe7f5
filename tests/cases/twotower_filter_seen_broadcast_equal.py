# case: drops candidates the user already interacted with by broadcasting candidate ids against padded seen ids, penalising hits with ops.where, then fixed top_n -> static shapes, compiles fine
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class SeenItemFilter(nn.Cell):
    def __init__(self, penalty=-1e4):
        super().__init__()
        self.penalty = penalty

    def construct(self, cand_ids, scores, seen_ids, seen_mask):
        eq = cand_ids.expand_dims(2) == seen_ids.expand_dims(1)
        valid = seen_mask.astype(ms.bool_).expand_dims(1)
        already = ops.logical_and(eq, valid).any(axis=2)
        return ops.where(already, ops.full_like(scores, self.penalty), scores)


class FreshTopN(nn.Cell):
    def __init__(self, top_n=3):
        super().__init__()
        self.filter = SeenItemFilter()
        self.top_n = top_n

    def construct(self, cand_ids, scores, seen_ids, seen_mask):
        filtered = self.filter(cand_ids, scores, seen_ids, seen_mask)
        top_scores, pos = ops.topk(filtered, self.top_n, dim=1)
        return ops.gather_elements(cand_ids, 1, pos), top_scores


def make():
    np.random.seed(29)
    cand = np.random.randint(0, 20, size=(3, 8)).astype(np.int32)
    scores = np.random.rand(3, 8).astype(np.float32)
    seen = np.random.randint(0, 20, size=(3, 5)).astype(np.int32)
    mask = np.array([[1, 1, 1, 0, 0], [1, 1, 1, 1, 1], [0, 0, 0, 0, 0]], dtype=np.int32)
    return FreshTopN(), (Tensor(cand), Tensor(scores), Tensor(seen), Tensor(mask))
