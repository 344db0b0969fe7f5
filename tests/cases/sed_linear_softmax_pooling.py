# case: linear softmax pooling (sum p^2 / sum p over frames) with a weak-label BCE loss -> Graph mode should compile statically
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class LinearSoftmaxPool(nn.Cell):
    def __init__(self, eps=1e-7):
        super().__init__()
        self.eps = eps

    def construct(self, frame_probs):
        num = (frame_probs ** 2).sum(axis=1)
        den = frame_probs.sum(axis=1) + self.eps
        return num / den


class WeakLabelLoss(nn.Cell):
    def __init__(self, in_dim=16, n_classes=8):
        super().__init__()
        self.frame_head = nn.Dense(in_dim, n_classes)
        self.pool = LinearSoftmaxPool()
        self.bce = nn.BCELoss(reduction="mean")

    def construct(self, feats, weak_labels):
        frame_probs = ops.sigmoid(self.frame_head(feats))
        clip_probs = self.pool(frame_probs)
        clip_probs = ops.clamp(clip_probs, 1e-6, 1.0 - 1e-6)
        return self.bce(clip_probs, weak_labels)


def make():
    np.random.seed(9)
    feats = Tensor(np.random.randn(4, 30, 16).astype(np.float32))
    weak = Tensor((np.random.rand(4, 8) > 0.7).astype(np.float32))
    return WeakLabelLoss(), (feats, weak)
