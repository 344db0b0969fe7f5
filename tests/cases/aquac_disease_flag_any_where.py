# case: flags diseased fish with ops.where into a fixed-size id vector (-1 for healthy) and an any-reduction per pen -> static graph
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class DiseaseMask(nn.Cell):
    def __init__(self, feat_dim=6, limit=0.5):
        super().__init__()
        self.fc = nn.Dense(feat_dim, 1)
        self.limit = limit

    def construct(self, feats, fish_ids):
        # feats: (pens, fish, feat_dim), fish_ids: (pens, fish)
        scores = ops.sigmoid(self.fc(feats)).squeeze(-1)
        sick = scores > self.limit
        flagged = ops.where(sick, fish_ids, ops.full_like(fish_ids, -1))
        pen_alert = sick.any(axis=1)
        sick_fraction = sick.astype(ms.float32).mean(axis=1)
        return flagged, pen_alert, sick_fraction


def make():
    np.random.seed(9)
    feats = Tensor(np.random.randn(3, 10, 6).astype(np.float32))
    ids = Tensor(np.arange(30).reshape(3, 10).astype(np.int32))
    return DiseaseMask(), (feats, ids)
