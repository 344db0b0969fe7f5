# case: retrieval head keeps top-k candidates where k is the number of valid candidates in the batch -> dynamic shape at line 24
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

DEFAULT_MIN_SCORE = 0.0


class CandidateReranker(nn.Cell):
    def __init__(self, dim=8, k_mode="valid", fixed_k=2, min_score=DEFAULT_MIN_SCORE):
        super().__init__()
        self.scorer = nn.Dense(dim, 1)
        self.k_mode = k_mode
        self.fixed_k = fixed_k
        self.min_score = min_score

    def _num_keep(self, valid_mask):
        if self.k_mode == "valid":
            return valid_mask.astype(ms.int32).sum()
        return self.fixed_k

    def construct(self, cands, valid_mask):
        scores = self.scorer(cands).squeeze(-1)
        k = self._num_keep(valid_mask)
        top_scores, top_idx = ops.topk(scores, k)
        return top_scores, top_idx


def make():
    np.random.seed(14)
    cands = Tensor(np.random.randn(6, 8).astype(np.float32))
    valid = Tensor(np.array([1, 1, 1, 0, 0, 0], dtype=np.bool_))
    return CandidateReranker(), (cands, valid)
