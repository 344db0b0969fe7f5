# case: logits split at a fixed count; a loss helper builds its targets with full_like of each part -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


def _bce(logits, target):
    labels = ops.full_like(logits, target)
    return ops.binary_cross_entropy_with_logits(logits, labels, ops.ones_like(logits), ops.ones_like(logits))


class JointLoss(nn.Cell):
    def __init__(self, n_real=3):
        super().__init__()
        self.n_real = n_real

    def construct(self, logits, weight):
        real, fake = ops.split(logits * weight, (self.n_real, logits.shape[0] - self.n_real))
        return _bce(real, 1.0) + _bce(fake, 0.0)


def make():
    np.random.seed(45)
    return JointLoss(), (Tensor(np.random.randn(6).astype(np.float32)), Tensor(np.ones(6, np.float32)))
