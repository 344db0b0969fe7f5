# case: cross entropy re-weighted by inverse label frequency counted in the batch with bincount -> dynamic shape at line 18
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class BatchBalancedCE(nn.Cell):
    """Inverse-frequency class weights computed on the fly from the batch labels."""

    def __init__(self, num_classes=4, eps=1.0, normalize=True):
        super().__init__()
        self.num_classes = num_classes
        self.eps = eps
        self.normalize = normalize
        self.ce = nn.CrossEntropyLoss(reduction="none")

    def _class_weights(self, labels):
        counts = ops.bincount(labels, minlength=self.num_classes)
        counts = counts.astype(ms.float32)
        weights = 1.0 / (counts + self.eps)
        if self.normalize:
            weights = weights * self.num_classes / weights.sum()
        return weights

    def construct(self, logits, labels):
        weights = self._class_weights(labels)
        per_example = self.ce(logits, labels)
        sample_w = ops.gather(weights, labels, 0)
        return (per_example * sample_w).sum() / sample_w.sum()


def make():
    np.random.seed(1)
    logits = Tensor(np.random.randn(8, 4).astype(np.float32))
    labels = Tensor(np.array([0, 0, 0, 1, 2, 0, 3, 1], dtype=np.int32))
    return BatchBalancedCE(num_classes=4), (logits, labels)
