# case: zeroes low-confidence frames with ops.select against a threshold and renormalises by the kept count -> static shapes in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ConfidenceGate(nn.Cell):
    def __init__(self, threshold=0.5):
        super().__init__()
        self.threshold = threshold

    def construct(self, frames, confidence):
        keep = (confidence > self.threshold).expand_dims(-1).expand_dims(-1)
        keep = ops.broadcast_to(keep, frames.shape)
        gated = ops.select(keep, frames, ops.zeros_like(frames))
        count = ops.maximum(keep[:, 0, 0].astype(ms.float32).sum(), 1.0)
        return gated, count


class GestureScorer(nn.Cell):
    def __init__(self, num_joints=21, num_classes=8):
        super().__init__()
        self.gate = ConfidenceGate(threshold=0.55)
        self.fc = nn.Dense(num_joints * 2, num_classes)

    def construct(self, frames, confidence):
        gated, count = self.gate(frames, confidence)
        pooled = gated.reshape(frames.shape[0], -1).sum(axis=0) / count
        return self.fc(pooled.expand_dims(0))


def make():
    np.random.seed(3)
    frames = Tensor(np.random.randn(24, 21, 2).astype(np.float32))
    conf = Tensor(np.random.rand(24).astype(np.float32))
    return GestureScorer(), (frames, conf)
