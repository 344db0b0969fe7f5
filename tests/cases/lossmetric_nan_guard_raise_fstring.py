# case: loss wrapper that raises ValueError with an f-string of the tensor loss when it is not finite -> compile error at line 24
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class CheckedSmoothL1(nn.Cell):
    def __init__(self, beta=1.0, check_finite=True, loss_weight=1.0):
        super().__init__()
        self.beta = beta
        self.check_finite = check_finite
        self.loss_weight = loss_weight

    def _smooth_l1(self, pred, target):
        diff = ops.abs(pred - target)
        quad = 0.5 * diff * diff / self.beta
        lin = diff - 0.5 * self.beta
        return ops.where(diff < self.beta, quad, lin)

    def construct(self, pred, target, weight):
        loss = (self._smooth_l1(pred, target) * weight).sum() / ops.clamp(weight.sum(), min=1.0)
        if self.check_finite:
            if not ops.isfinite(loss):
                raise ValueError(f"non-finite box loss: {loss}")
        return loss * self.loss_weight


def make():
    np.random.seed(11)
    pred = Tensor(np.random.randn(6, 4).astype(np.float32))
    target = Tensor(np.random.randn(6, 4).astype(np.float32))
    weight = Tensor((np.random.rand(6, 4) > 0.3).astype(np.float32))
    return CheckedSmoothL1(), (pred, target, weight)
