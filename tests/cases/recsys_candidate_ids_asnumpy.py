# case: candidate filtering calls .asnumpy() on a tensor inside construct to drop already-seen items; expect dynamic (fallback) at LAX, error at STRICT
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class CandidateScorer(nn.Cell):
    def __init__(self, num_items=30, dim=4):
        super().__init__()
        self.items = nn.Embedding(num_items, dim)
        self.num_items = num_items

    def construct(self, user_vec, seen):
        seen_np = seen.asnumpy()
        keep = np.setdiff1d(np.arange(self.num_items), seen_np)
        cand = Tensor(keep, ms.int32)
        scores = ops.matmul(self.items(cand), user_vec)
        return ops.topk(scores, 5)[1]


def make():
    user = Tensor(np.random.RandomState(33).randn(4).astype(np.float32))
    seen = Tensor(np.array([1, 4, 7, 9], np.int32))
    return CandidateScorer(), (user, seen)
