# case: pick the top-k candidate moves where k is the number of legal moves computed from the mask tensor -> int(tensor) as topk size errors or goes dynamic in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class CandidateSelector(nn.Cell):
    def __init__(self, max_candidates=5):
        super().__init__()
        self.max_candidates = max_candidates

    def _num_candidates(self, legal_mask):
        num_legal = int(legal_mask.astype(ms.int32).sum())
        return min(num_legal, self.max_candidates)

    def construct(self, scores, legal_mask):
        masked = ops.where(legal_mask, scores, ops.full_like(scores, -1e9))
        k = self._num_candidates(legal_mask)
        values, moves = ops.topk(masked, k)
        return values, moves


def make():
    np.random.seed(3)
    scores = Tensor(np.random.randn(16).astype(np.float32))
    mask = np.zeros(16, dtype=np.bool_)
    mask[[1, 4, 7, 9]] = True
    return CandidateSelector(), (scores, Tensor(mask))
