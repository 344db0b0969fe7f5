# case: store the highest bone-loss score seen so far as a plain attribute on self inside construct -> attribute write of tensor in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class BoneLossMonitor(nn.Cell):
    def __init__(self, feat_dim=12):
        super().__init__()
        self.head = nn.Dense(feat_dim, 1)
        self.worst_seen = 0.0
        self.calls = 0

    def construct(self, site_feats):
        loss_pct = ops.sigmoid(self.head(site_feats)).squeeze(-1) * 100.0
        batch_worst = loss_pct.max()
        self.worst_seen = ops.maximum(batch_worst, self.worst_seen)
        self.calls = self.calls + 1
        return loss_pct, self.worst_seen


def make():
    np.random.seed(20)
    feats = np.random.randn(24, 12).astype(np.float32)
    return BoneLossMonitor(), (Tensor(feats),)
