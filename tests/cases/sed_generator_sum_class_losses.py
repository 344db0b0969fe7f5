# case: sums per-class weighted BCE losses with a generator expression over a constant class range inside construct -> Graph mode may fail (generator expression)
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ClassWeightedWeakLoss(nn.Cell):
    def __init__(self, class_weights=(1.0, 2.0, 0.5, 1.5)):
        super().__init__()
        self.class_weights = class_weights
        self.n_classes = len(class_weights)

    def class_bce(self, p, y):
        p = ops.clamp(p, 1e-6, 1.0 - 1e-6)
        return -(y * ops.log(p) + (1 - y) * ops.log(1 - p)).mean()

    def construct(self, clip_probs, weak_labels):
        total = sum(self.class_weights[c] * self.class_bce(clip_probs[:, c], weak_labels[:, c])
                    for c in range(self.n_classes))
        return total / self.n_classes


def make():
    np.random.seed(26)
    probs = Tensor(np.random.rand(5, 4).astype(np.float32))
    labels = Tensor((np.random.rand(5, 4) > 0.5).astype(np.float32))
    return ClassWeightedWeakLoss(), (probs, labels)
