# case: refinement branch on a tensor condition (mean actionness) where both branches keep the same shape -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class GatedBoundaryRefiner(nn.Cell):
    """Refines start/end offsets only when the clip looks like it contains an action."""

    def __init__(self, feat_dim=12, gate_thr=0.5, max_offset=2.0):
        super().__init__()
        self.actionness = nn.Dense(feat_dim, 1)
        self.offsets = nn.Dense(feat_dim, 2)
        self.gate_thr = gate_thr
        self.max_offset = max_offset

    def construct(self, feats, segments):
        # feats: (T, C), segments: (N, 2) start/end in frame units
        act = ops.sigmoid(self.actionness(feats)).mean()
        if act > self.gate_thr:
            delta = ops.tanh(self.offsets(feats.mean(0, keep_dims=True))) * self.max_offset
            refined = segments + delta
        else:
            refined = segments * 1.0
        return ops.clamp(refined, 0.0, float(feats.shape[0])), act


def make():
    np.random.seed(36)
    feats = Tensor(np.random.randn(10, 12).astype(np.float32))
    segs = Tensor(np.array([[1.0, 4.0], [3.0, 9.0], [0.0, 2.0]], dtype=np.float32))
    return GatedBoundaryRefiner(), (feats, segs)
