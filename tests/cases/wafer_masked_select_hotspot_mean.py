# case: selects die anomaly scores above a hotspot threshold with masked_select and averages them -> dynamic shape from masked_select
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class HotspotScorer(nn.Cell):
    """Average anomaly score of dies flagged as hotspots on each wafer."""

    def __init__(self, threshold=0.7, eps=1e-6):
        super().__init__()
        self.threshold = threshold
        self.eps = eps
        self.proj = nn.Dense(8, 1)
        self.sigmoid = nn.Sigmoid()

    def die_scores(self, die_feats):
        # die_feats: (num_dies, 8)
        return self.sigmoid(self.proj(die_feats)).squeeze(-1)

    def construct(self, die_feats):
        scores = self.die_scores(die_feats)
        hot = scores > self.threshold
        hot_scores = ops.masked_select(scores, hot)
        total = hot_scores.sum()
        count = hot_scores.shape[0] + self.eps
        return total / count


def make():
    np.random.seed(0)
    feats = Tensor(np.random.randn(64, 8).astype(np.float32))
    return HotspotScorer(), (feats,)
