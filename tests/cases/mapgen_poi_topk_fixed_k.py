# case: POI ranker keeps a constructor-fixed top-k of venues after masking closed ones with a large penalty -> static shapes in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class POIRanker(nn.Cell):
    def __init__(self, feat_dim=6, k=5, closed_penalty=1e4):
        super().__init__()
        self.score = nn.Dense(feat_dim, 1)
        self.k = k
        self.closed_penalty = closed_penalty

    def construct(self, poi_feats, is_open):
        s = self.score(poi_feats).squeeze(-1)
        s = s - (1.0 - is_open) * self.closed_penalty
        k = min(self.k, s.shape[0])
        top_scores, top_idx = ops.topk(s, k)
        top_feats = ops.gather(poi_feats, top_idx, 0)
        return top_scores, top_feats


def make():
    np.random.seed(6)
    feats = Tensor(np.random.randn(15, 6).astype(np.float32))
    is_open = Tensor((np.random.rand(15) > 0.4).astype(np.float32))
    return POIRanker(), (feats, is_open)
