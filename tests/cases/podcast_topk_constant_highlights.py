# case: pick a constructor-fixed number of highlight windows with ops.topk and gather their start times -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class TopHighlights(nn.Cell):
    def __init__(self, feat_dim=10, n_highlights=3, hop_seconds=15.0):
        super().__init__()
        self.scorer = nn.Dense(feat_dim, 1)
        self.n_highlights = n_highlights
        self.hop_seconds = hop_seconds

    def construct(self, window_feats):
        scores = self.scorer(window_feats).squeeze(-1)
        values, idx = ops.topk(scores, self.n_highlights)
        starts = idx.astype(ms.float32) * self.hop_seconds
        return starts, ops.gather(window_feats, idx, 0), values


def make():
    np.random.seed(107)
    feats = Tensor(np.random.randn(16, 10).astype(np.float32))
    return TopHighlights(), (feats,)
