# case: pseudo-label confidence threshold applied as a fixed-size float mask multiplied into the per-sample loss -> static shapes, compiles fine
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ConfidenceMaskedLoss(nn.Cell):
    def __init__(self, in_dim=12, num_classes=4, threshold=0.6):
        super().__init__()
        self.classifier = nn.SequentialCell([
            nn.Dense(in_dim, 32), nn.ReLU(), nn.Dense(32, num_classes)
        ])
        self.threshold = threshold
        self.ce = nn.SoftmaxCrossEntropyWithLogits(sparse=True, reduction="none")

    def construct(self, x_weak, x_strong):
        weak_probs = ops.softmax(ops.stop_gradient(self.classifier(x_weak)), axis=-1)
        confidence = weak_probs.max(axis=-1)
        pseudo = weak_probs.argmax(axis=-1).astype(ms.int32)
        mask = ops.where(confidence >= self.threshold,
                         ops.ones_like(confidence), ops.zeros_like(confidence))
        per_sample = self.ce(self.classifier(x_strong), pseudo)
        denom = ops.maximum(mask.sum(), Tensor(1.0, ms.float32))
        return (per_sample * mask).sum() / denom, mask.mean()


def make():
    np.random.seed(2)
    xw = Tensor(np.random.randn(16, 12).astype(np.float32) * 2.0)
    xs = Tensor(np.random.randn(16, 12).astype(np.float32) * 2.0)
    return ConfidenceMaskedLoss(threshold=0.5), (xw, xs)
