# case: POI ranker keeps the top-k venues where k is int() of a tensor count of open venues -> error or dynamic in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class POIRanker(nn.Cell):
    def __init__(self, feat_dim=6):
        super().__init__()
        self.score = nn.Dense(feat_dim, 1)

    def construct(self, poi_feats, is_open):
        s = self.score(poi_feats).squeeze(-1)
        s = s - (1.0 - is_open) * 1e4
        k = int(is_open.sum())
        top_scores, top_idx = ops.topk(s, k)
        return top_scores, top_idx


def make():
    np.random.seed(6)
    feats = Tensor(np.random.randn(15, 6).astype(np.float32))
    is_open = Tensor((np.random.rand(15) > 0.4).astype(np.float32))
    return POIRanker(), (feats, is_open)
