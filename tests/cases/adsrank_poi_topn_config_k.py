# case: POI recall keeps top-N candidates with N from the config and masks padded slots before topk -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class PoiTopNSelector(nn.Cell):
    """Scores POI candidates and keeps the top `top_n` per request."""

    def __init__(self, feat_dim=4, top_n=5, pad_score=-1e9):
        super().__init__()
        self.top_n = top_n
        self.pad_score = pad_score
        self.scorer = nn.SequentialCell([nn.Dense(feat_dim, 8), nn.ReLU(), nn.Dense(8, 1)])

    def _mask_padding(self, scores, valid_mask):
        pad = ops.full_like(scores, self.pad_score)
        return ops.select(valid_mask, scores, pad)

    def construct(self, poi_feats, valid_mask, poi_ids):
        batch, num_cand = valid_mask.shape
        scores = self.scorer(poi_feats.reshape(batch * num_cand, -1)).reshape(batch, num_cand)
        scores = self._mask_padding(scores, valid_mask)
        k = min(self.top_n, num_cand)
        top_scores, top_idx = ops.topk(scores, k)
        top_ids = ops.gather_elements(poi_ids, 1, top_idx)
        return top_scores, top_ids


def make():
    np.random.seed(1)
    feats = Tensor(np.random.randn(2, 10, 4).astype(np.float32))
    mask = Tensor(np.random.rand(2, 10) > 0.3)
    ids = Tensor(np.arange(20, dtype=np.int32).reshape(2, 10))
    return PoiTopNSelector(), (feats, mask, ids)
