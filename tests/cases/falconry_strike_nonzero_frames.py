# case: locate video frames where the talon-contact detector fires using ops.nonzero, then average the features of those frames -> nonzero gives data-dependent shape, dynamic in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class TalonContactDetector(nn.Cell):
    def __init__(self, feat_dim=20, thresh=0.0):
        super().__init__()
        self.proj = nn.Dense(feat_dim, 1)
        self.thresh = thresh

    def construct(self, frame_feats):
        logit = self.proj(frame_feats).squeeze(-1)
        contact_idx = ops.nonzero(logit > self.thresh).squeeze(-1)
        contact_feats = ops.gather(frame_feats, contact_idx, 0)
        return contact_feats.mean(axis=0), contact_idx.shape[0]


def make():
    np.random.seed(3188)
    feats = Tensor(np.random.randn(40, 20).astype(np.float32))
    return TalonContactDetector(), (feats,)
