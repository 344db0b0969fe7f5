# case: per-class decision thresholds stored as a tensor and applied with ops.where to clip probabilities -> Graph mode should compile statically
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class PerClassThreshold(nn.Cell):
    def __init__(self, thresholds):
        super().__init__()
        self.thr = Tensor(np.asarray(thresholds, dtype=np.float32))

    def construct(self, clip_probs):
        above = clip_probs >= self.thr
        hard = ops.where(above, ops.ones_like(clip_probs), ops.zeros_like(clip_probs))
        margin = clip_probs - self.thr
        return hard, margin


class TaggerWithThresholds(nn.Cell):
    def __init__(self, in_dim=16, thresholds=(0.5, 0.3, 0.6, 0.45)):
        super().__init__()
        self.fc = nn.Dense(in_dim, len(thresholds))
        self.decide = PerClassThreshold(thresholds)

    def construct(self, frame_feats):
        frame_probs = ops.sigmoid(self.fc(frame_feats))
        clip_probs = frame_probs.mean(axis=1)
        return self.decide(clip_probs)


def make():
    np.random.seed(19)
    feats = Tensor(np.random.randn(3, 12, 16).astype(np.float32))
    return TaggerWithThresholds(), (feats,)
