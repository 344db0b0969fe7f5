# case: zero out frames where the talon-contact detector is silent with a three-argument ops.where and average the rest -> same-shape select, static in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class TalonContactDetector(nn.Cell):
    def __init__(self, feat_dim=20, thresh=0.0):
        super().__init__()
        self.proj = nn.Dense(feat_dim, 1)
        self.thresh = thresh

    def construct(self, frame_feats):
        logit = self.proj(frame_feats)
        hit = logit > self.thresh
        kept = ops.where(hit, frame_feats, ops.zeros_like(frame_feats))
        n_hit = hit.astype(ms.float32).sum()
        return kept.sum(axis=0) / ops.maximum(n_hit, 1.0), n_hit


def make():
    np.random.seed(3189)
    feats = Tensor(np.random.randn(40, 20).astype(np.float32))
    return TalonContactDetector(), (feats,)
