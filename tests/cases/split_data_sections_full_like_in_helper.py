# case: logits split at a count of real samples taken from a mask; a loss helper builds its targets with full_like of each part -> dynamic at the split and at the helper's full_like
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


def _bce(logits, target):
    labels = ops.full_like(logits, target)
    return ops.binary_cross_entropy_with_logits(logits, labels, ops.ones_like(logits), ops.ones_like(logits))


class JointLoss(nn.Cell):
    def construct(self, logits, is_real):
        n_real = int(is_real.astype(ms.int32).sum())
        real, fake = ops.split(logits, (n_real, logits.shape[0] - n_real))
        return _bce(real, 1.0) + _bce(fake, 0.0)


def make():
    np.random.seed(44)
    return JointLoss(), (Tensor(np.random.randn(6).astype(np.float32)), Tensor(np.array([1, 1, 1, 0, 0, 0], np.bool_)))
