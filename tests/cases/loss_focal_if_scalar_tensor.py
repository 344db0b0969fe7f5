# case: focal loss where both branches of the `if num_pos > 0` return a scalar float32 tensor; branches match -> static at LAX and STRICT
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class FocalLoss(nn.Cell):
    def __init__(self, gamma=2.0):
        super().__init__()
        self.gamma = gamma

    def construct(self, logits, targets):
        p = ops.sigmoid(logits)
        ce = ops.binary_cross_entropy_with_logits(logits, targets, ops.ones_like(logits),
                                                  ops.ones_like(logits), reduction="none")
        p_t = p * targets + (1 - p) * (1 - targets)
        loss = ce * ops.pow(1 - p_t, self.gamma)
        num_pos = targets.sum()
        if num_pos > 0:
            out = loss.sum() / num_pos
        else:
            out = loss.sum() * 0.0
        return out


def make():
    logits = Tensor(np.random.randn(8, 4).astype(np.float32))
    targets = Tensor((np.random.rand(8, 4) > 0.7).astype(np.float32))
    return FocalLoss(), (logits, targets)
