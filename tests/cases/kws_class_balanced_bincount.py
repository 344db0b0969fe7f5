# case: class-balanced cross-entropy with effective-number weights from ops.bincount over batch labels -> dynamic shape at line 16
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ClassBalancedCE(nn.Cell):
    """Cui et al. class-balanced loss with per-batch class counts."""

    def __init__(self, beta=0.99):
        super().__init__()
        self.beta = beta
        self.log_softmax = nn.LogSoftmax(axis=-1)

    def effective_weights(self, labels):
        counts = ops.bincount(labels).astype(ms.float32)
        eff = 1.0 - ops.pow(self.beta, counts)
        w = (1.0 - self.beta) / ops.maximum(eff, 1e-6)
        return w / w.sum() * counts.shape[0]

    def construct(self, logits, labels):
        w = self.effective_weights(labels)
        logp = self.log_softmax(logits)
        nll = -ops.gather_elements(logp, 1, labels.expand_dims(1)).squeeze(1)
        return (ops.gather(w, labels, 0) * nll).mean()


def make():
    np.random.seed(14)
    logits = np.random.randn(8, 5).astype(np.float32)
    labels = np.array([0, 0, 0, 1, 2, 2, 4, 0], dtype=np.int32)
    return ClassBalancedCE(), (Tensor(logits), Tensor(labels))
