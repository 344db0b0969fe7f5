# case: loss computes effective-number class weights from the batch labels with asnumpy and numpy -> compile error at line 17
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class EffectiveNumberLoss(nn.Cell):
    """Class-balanced loss (Cui et al.) with class counts taken from the current batch."""

    def __init__(self, num_classes=4, beta=0.99):
        super().__init__()
        self.num_classes = num_classes
        self.beta = beta
        self.log_softmax = nn.LogSoftmax(axis=-1)

    def batch_weights(self, labels):
        counts = np.bincount(labels.asnumpy(), minlength=self.num_classes).astype(np.float32)
        effective = 1.0 - np.power(self.beta, counts)
        w = (1.0 - self.beta) / np.maximum(effective, 1e-6)
        w = w / w.sum() * self.num_classes
        return Tensor(w, ms.float32)

    def construct(self, logits, labels):
        w = self.batch_weights(labels)
        logp = self.log_softmax(logits)
        picked = ops.gather_elements(logp, 1, labels.reshape(-1, 1)).squeeze(1)
        return -(picked * w[labels]).mean()


def make():
    np.random.seed(21)
    logits = Tensor(np.random.randn(6, 4).astype(np.float32))
    labels = Tensor(np.array([0, 0, 1, 0, 3, 0], dtype=np.int32))
    return EffectiveNumberLoss(), (logits, labels)
