# case: keep spelling-correction candidates whose score passes a threshold via boolean-mask indexing -> boolean index gives data-dependent size, dynamic shape
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class SpellCandidateFilter(nn.Cell):
    def __init__(self, feat_dim=6, min_score=0.5):
        super().__init__()
        self.scorer = nn.Dense(feat_dim, 1)
        self.min_score = min_score

    def construct(self, cand_feats, cand_ids):
        scores = ops.sigmoid(self.scorer(cand_feats)).squeeze(-1)
        keep = scores > self.min_score
        kept_ids = cand_ids[keep]
        kept_scores = scores[keep]
        return kept_ids, ops.softmax(kept_scores)


def make():
    np.random.seed(4)
    feats = np.random.randn(8, 6).astype(np.float32)
    ids = np.arange(100, 108).astype(np.int32)
    return SpellCandidateFilter(), (Tensor(feats), Tensor(ids))
