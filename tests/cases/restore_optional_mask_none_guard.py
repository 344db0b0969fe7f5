# case: restoration loss with an optional validity mask guarded by `is None`, masked mean by multiplication -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class CharbonnierLoss(nn.Cell):
    def __init__(self, eps=1e-3, reduction="mean"):
        super().__init__()
        self.eps2 = eps * eps
        self.reduction = reduction

    def construct(self, pred, target, mask=None):
        diff = ops.sqrt((pred - target) ** 2 + self.eps2)
        if mask is not None:
            mask = ops.broadcast_to(mask, diff.shape)
            diff = diff * mask
            denom = ops.maximum(mask.sum(), 1.0)
        else:
            denom = diff.size
        if self.reduction == "sum":
            return diff.sum()
        return diff.sum() / denom


class MaskedRestorationObjective(nn.Cell):
    def __init__(self):
        super().__init__()
        self.pix = CharbonnierLoss()
        self.pix_sum = CharbonnierLoss(reduction="sum")

    def construct(self, pred, target, valid):
        return self.pix(pred, target, valid) + 0.01 * self.pix_sum(pred, target)


def make():
    np.random.seed(31)
    pred = Tensor(np.random.rand(2, 3, 6, 6).astype(np.float32))
    target = Tensor(np.random.rand(2, 3, 6, 6).astype(np.float32))
    valid = Tensor((np.random.rand(2, 1, 6, 6) > 0.2).astype(np.float32))
    return MaskedRestorationObjective(), (pred, target, valid)
