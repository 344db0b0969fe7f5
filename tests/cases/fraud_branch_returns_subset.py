# case: if any transaction is flagged (tensor condition) returns only the flagged rows' scores via boolean indexing, else returns all scores -> branches give different shapes depending on data
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class FlaggedOnlyScorer(nn.Cell):
    def __init__(self, feat_dim=5, flag_level=0.75):
        super().__init__()
        self.fc = nn.Dense(feat_dim, 1)
        self.flag_level = flag_level

    def construct(self, feats):
        scores = ops.sigmoid(self.fc(feats)).squeeze(-1)
        flagged = scores > self.flag_level
        if flagged.any():
            out = scores[flagged]
        else:
            out = scores
        return out * 100.0


def make():
    np.random.seed(31)
    feats = Tensor(np.random.randn(9, 5).astype(np.float32) * 2.0)
    return FlaggedOnlyScorer(), (feats,)
