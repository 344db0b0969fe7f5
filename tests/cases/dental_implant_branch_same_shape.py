# case: if on the mean implant probability picks between two rescalings that keep the same shape -> control flow on tensor but static shapes
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ImplantAwareBoneScore(nn.Cell):
    """Implants show no PDL space, so bone-loss scores are damped when the ROI looks like an implant."""

    def __init__(self, feat_dim=14, implant_thresh=0.5, damp=0.6):
        super().__init__()
        self.implant_head = nn.Dense(feat_dim, 1)
        self.bone_head = nn.Dense(feat_dim, 1)
        self.implant_thresh = implant_thresh
        self.damp = damp

    def construct(self, roi_feats):
        implant_p = ops.sigmoid(self.implant_head(roi_feats))
        bone = ops.sigmoid(self.bone_head(roi_feats))
        if implant_p.mean() > self.implant_thresh:
            bone = bone * self.damp
        else:
            bone = bone * 1.0
        return bone.squeeze(-1)


def make():
    np.random.seed(38)
    feats = np.random.randn(12, 14).astype(np.float32)
    return ImplantAwareBoneScore(), (Tensor(feats),)
