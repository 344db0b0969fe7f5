# case: returns frame-level probabilities only when the clip-level max exceeds a threshold, otherwise the clip vector, branching on a tensor -> Graph mode should fail (branches of different shape)
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class GatedDetector(nn.Cell):
    def __init__(self, in_dim=8, n_classes=3, gate=0.6):
        super().__init__()
        self.fc = nn.Dense(in_dim, n_classes)
        self.gate = gate

    def construct(self, feats):
        # feats: (frames, in_dim)
        frame_probs = ops.sigmoid(self.fc(feats))
        clip_probs = frame_probs.max(axis=0)
        if clip_probs.max() > self.gate:
            out = frame_probs
        else:
            out = clip_probs
        return out


def make():
    np.random.seed(16)
    feats = Tensor(np.random.randn(10, 8).astype(np.float32))
    return GatedDetector(), (feats,)
