# case: if the batch contains any blacklisted account (tensor condition) the scores are boosted, else damped; both branches keep the same shape -> control flow on tensor but static shapes
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class BatchLevelOverride(nn.Cell):
    def __init__(self, feat_dim=5, boost=1.5, damp=0.9):
        super().__init__()
        self.fc = nn.Dense(feat_dim, 1)
        self.boost = boost
        self.damp = damp

    def construct(self, feats, blacklisted):
        scores = ops.sigmoid(self.fc(feats)).squeeze(-1)
        if blacklisted.astype(ms.int32).sum() > 0:
            out = ops.clamp(scores * self.boost, max=1.0)
        else:
            out = scores * self.damp
        return out


def make():
    np.random.seed(38)
    feats = Tensor(np.random.randn(9, 5).astype(np.float32))
    blacklisted = Tensor(np.random.rand(9) > 0.7)
    return BatchLevelOverride(), (feats, blacklisted)
