# case: QC on a test pressing averages defect scores of tracks above the reject threshold using a weighted mean instead of selecting them -> fixed shapes, expect static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class TrackScorer(nn.Cell):
    def __init__(self, n_features=8):
        super().__init__()
        self.dense = nn.Dense(n_features, 1)
        self.sigmoid = nn.Sigmoid()

    def construct(self, feats):
        return self.sigmoid(self.dense(feats)).squeeze(-1)


class TestPressingQC(nn.Cell):
    def __init__(self, reject_at=0.6, eps=1e-6):
        super().__init__()
        self.scorer = TrackScorer()
        self.reject_at = reject_at
        self.eps = eps

    def construct(self, track_feats):
        score = self.scorer(track_feats)
        w = (score > self.reject_at).astype(score.dtype)
        bad_mean = (score * w).sum() / (w.sum() + self.eps)
        n_bad = w.sum()
        return bad_mean, n_bad, score


def make():
    np.random.seed(8)
    feats = np.random.randn(14, 8).astype(np.float32)
    return TestPressingQC(), (Tensor(feats),)
