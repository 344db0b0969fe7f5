# case: per-class weighted BCE losses gathered in a list comprehension over a constant class range and stacked -> Graph mode should compile statically
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class PerClassWeakLoss(nn.Cell):
    def __init__(self, class_weights=(1.0, 2.0, 0.5, 1.5)):
        super().__init__()
        self.weights = Tensor(np.asarray(class_weights, np.float32))
        self.n_classes = len(class_weights)
        self.bce = nn.BCELoss(reduction="mean")

    def construct(self, clip_probs, weak_labels):
        p = ops.clamp(clip_probs, 1e-6, 1.0 - 1e-6)
        losses = [self.bce(p[:, c], weak_labels[:, c]) for c in range(self.n_classes)]
        per_class = ops.stack(losses)
        return (per_class * self.weights).sum() / self.weights.sum(), per_class


def make():
    np.random.seed(27)
    probs = Tensor(np.random.rand(5, 4).astype(np.float32))
    labels = Tensor((np.random.rand(5, 4) > 0.5).astype(np.float32))
    return PerClassWeakLoss(), (probs, labels)
