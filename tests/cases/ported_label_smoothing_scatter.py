# case: label-smoothing loss builds the smoothed target with zeros_like().fill + scatter(1, target.unsqueeze(1), confidence) -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class LabelSmoothingLoss(nn.Cell):
    def __init__(self, num_classes=5, smoothing=0.1, padding_idx=None, reduction="mean"):
        super().__init__()
        self.num_classes = num_classes
        self.confidence = 1.0 - smoothing
        self.smoothing = smoothing
        self.padding_idx = padding_idx
        self.reduction = reduction

    def smoothed_targets(self, pred, target):
        true_dist = ops.full_like(pred, self.smoothing / (self.num_classes - 1))
        src = ops.full((target.shape[0], 1), self.confidence, dtype=pred.dtype)
        true_dist = true_dist.scatter(1, target.unsqueeze(1).astype(ms.int64), src)
        if self.padding_idx is not None:
            true_dist[:, self.padding_idx] = 0
        return true_dist

    def construct(self, logits, target):
        pred = ops.log_softmax(logits, -1)
        true_dist = ops.stop_gradient(self.smoothed_targets(pred, target))
        loss = (-true_dist * pred).sum(-1)
        if self.reduction == "mean":
            return loss.mean()
        return loss


def make():
    np.random.seed(28)
    logits = np.random.randn(4, 5).astype(np.float32)
    target = np.array([1, 0, 4, 2], dtype=np.int32)
    return LabelSmoothingLoss(padding_idx=0), (Tensor(logits), Tensor(target))
