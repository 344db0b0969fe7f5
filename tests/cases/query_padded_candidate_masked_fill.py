# case: score a padded, fixed-size list of candidate corrections per query and push invalid slots to -inf with masked_fill before softmax -> fixed-size masking, static shape
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class CandidateListScorer(nn.Cell):
    def __init__(self, dim=8, max_candidates=6):
        super().__init__()
        self.max_candidates = max_candidates
        self.bilinear = nn.Dense(dim, dim, has_bias=False)

    def construct(self, query_vec, cand_vecs, num_valid):
        q = self.bilinear(query_vec).expand_dims(1)
        scores = (q * cand_vecs).sum(axis=-1)
        positions = ops.arange(self.max_candidates).expand_dims(0)
        invalid = positions >= num_valid.expand_dims(-1)
        scores = ops.masked_fill(scores, invalid, Tensor(-1e9, ms.float32))
        return ops.softmax(scores, axis=-1)


def make():
    np.random.seed(43)
    qv = np.random.randn(3, 8).astype(np.float32)
    cv = np.random.randn(3, 6, 8).astype(np.float32)
    nv = np.array([2, 6, 4], dtype=np.int64)
    return CandidateListScorer(), (Tensor(qv), Tensor(cv), Tensor(nv))
