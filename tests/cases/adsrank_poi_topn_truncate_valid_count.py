# case: POI recall truncates ranked candidates to the number of valid (non-padded) candidates counted from the mask -> dynamic shape at line 24
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class PoiCandidateTruncator(nn.Cell):
    """Sorts POI candidates by score and keeps at most `max_keep` valid ones."""

    def __init__(self, max_keep=8, min_score=0.0):
        super().__init__()
        self.max_keep = max_keep
        self.min_score = min_score
        self.score_proj = nn.Dense(4, 1)

    def _num_valid(self, valid_mask):
        n_valid = valid_mask.astype(ms.int32).sum()
        return ops.minimum(n_valid, self.max_keep)

    def _truncate(self, scores, valid_mask):
        masked = ops.where(valid_mask, scores, ops.full_like(scores, -1e9))
        sorted_scores, _ = ops.sort(masked, descending=True)
        keep = self._num_valid(valid_mask)
        return sorted_scores[:keep]

    def construct(self, poi_feats, valid_mask):
        scores = self.score_proj(poi_feats).squeeze(-1)
        kept = self._truncate(scores, valid_mask)
        return ops.sigmoid(kept)


def make():
    np.random.seed(0)
    feats = Tensor(np.random.randn(12, 4).astype(np.float32))
    mask = Tensor(np.array([1] * 7 + [0] * 5, dtype=np.bool_))
    return PoiCandidateTruncator(), (feats, mask)
