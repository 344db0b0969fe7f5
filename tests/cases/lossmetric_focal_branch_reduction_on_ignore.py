# case: focal loss that returns the per-element map when any ignore pixels exist, else the mean, chosen by a tensor condition -> compile error at line 27
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class AdaptiveFocalLoss(nn.Cell):
    def __init__(self, gamma=2.0, alpha=0.25, ignore_value=-1.0):
        super().__init__()
        self.gamma = gamma
        self.alpha = alpha
        self.ignore_value = ignore_value

    def _focal(self, logits, target):
        p = ops.sigmoid(logits)
        ce = ops.binary_cross_entropy_with_logits(logits, target, ops.ones_like(target),
                                                  ops.ones_like(target), reduction="none")
        p_t = p * target + (1 - p) * (1 - target)
        alpha_t = self.alpha * target + (1 - self.alpha) * (1 - target)
        return alpha_t * ops.pow(1 - p_t, self.gamma) * ce

    def construct(self, logits, target):
        ignored = target == self.ignore_value
        clean_target = ops.where(ignored, ops.zeros_like(target), target)
        loss = self._focal(logits, clean_target)
        loss = ops.where(ignored, ops.zeros_like(loss), loss)
        if ignored.any():
            return loss
        return loss.mean()


def make():
    np.random.seed(20)
    logits = Tensor(np.random.randn(4, 6).astype(np.float32))
    target = (np.random.rand(4, 6) > 0.7).astype(np.float32)
    target[0, 0] = -1.0
    return AdaptiveFocalLoss(), (logits, Tensor(target))
