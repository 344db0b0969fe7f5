# case: candidate filtering masks already-seen items with masked_fill(-inf) built via scatter, then topk with constant k; expect static at LAX and STRICT
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class CandidateScorer(nn.Cell):
    def __init__(self, num_items=30, dim=4, top=5):
        super().__init__()
        self.items = nn.Embedding(num_items, dim)
        self.num_items = num_items
        self.top = top
        self.all_ids = Tensor(np.arange(num_items), ms.int32)

    def construct(self, user_vec, seen):
        scores = ops.matmul(self.items(self.all_ids), user_vec)
        hit = ops.zeros((self.num_items,), ms.float32)
        hit = ops.tensor_scatter_elements(hit, seen, ops.ones(seen.shape, ms.float32), 0)
        scores = ops.masked_fill(scores, hit > 0, float('-inf'))
        _, idx = ops.topk(scores, self.top)
        return idx


def make():
    user = Tensor(np.random.RandomState(33).randn(4).astype(np.float32))
    seen = Tensor(np.array([1, 4, 7, 9], np.int32))
    return CandidateScorer(), (user, seen)
