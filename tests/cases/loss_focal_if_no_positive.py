# case: focal loss returning a Python float 0.0 when no positives else a tensor; `if` on a tensor value with branches of different types -> error at LAX/STRICT expected
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class FocalLoss(nn.Cell):
    def __init__(self, gamma=2.0, alpha=0.25):
        super().__init__()
        self.gamma = gamma
        self.alpha = alpha

    def construct(self, logits, targets):
        p = ops.sigmoid(logits)
        ce = ops.binary_cross_entropy_with_logits(logits, targets, reduction="none")
        p_t = p * targets + (1 - p) * (1 - targets)
        loss = ce * ((1 - p_t) ** self.gamma)
        num_pos = targets.sum()
        if num_pos > 0:
            return loss.sum() / num_pos
        return 0.0


def make():
    logits = Tensor(np.random.randn(8, 4).astype(np.float32))
    targets = Tensor((np.random.rand(8, 4) > 0.7).astype(np.float32))
    return FocalLoss(), (logits, targets)
