# case: QC on a test pressing extracts the scores of defective tracks with ops.masked_select before averaging -> masked_select gives data-dependent length, expect dynamic
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
    def __init__(self, reject_at=0.6):
        super().__init__()
        self.scorer = TrackScorer()
        self.reject_at = reject_at

    def construct(self, track_feats):
        score = self.scorer(track_feats)
        bad = ops.masked_select(score, score > self.reject_at)
        return bad, score


def make():
    np.random.seed(7)
    feats = np.random.randn(14, 8).astype(np.float32)
    return TestPressingQC(), (Tensor(feats),)
