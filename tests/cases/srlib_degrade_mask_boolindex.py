# case: restoration loss restricted to pixels of an optional degradation mask, selected by boolean-mask indexing inside the loss helper -> output size depends on mask values, expected dynamic
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class LossConfig:
    def __init__(self, loss_weight=1.0, reduction="mean", eps=1e-6):
        self.loss_weight = loss_weight
        self.reduction = reduction
        self.eps = eps


class WeightedLossMixin:
    def _reduce(self, loss):
        if self.reduction == "sum":
            return loss.sum()
        return loss.mean()


class MaskedCharbonnierLoss(nn.Cell, WeightedLossMixin):
    def __init__(self, config):
        super().__init__()
        self.loss_weight = config.loss_weight
        self.reduction = config.reduction
        self.eps = config.eps

    def _select(self, diff, mask):
        if mask is None:
            return diff
        return diff[mask > 0.5]

    def construct(self, pred, target, mask=None):
        diff = pred - target
        diff = self._select(diff, mask)
        loss = ops.sqrt(diff * diff + self.eps)
        return self.loss_weight * self._reduce(loss)


def make():
    np.random.seed(5)
    pred = Tensor(np.random.rand(2, 3, 8, 8).astype(np.float32))
    gt = Tensor(np.random.rand(2, 3, 8, 8).astype(np.float32))
    mask = Tensor((np.random.rand(2, 3, 8, 8) > 0.6).astype(np.float32))
    return MaskedCharbonnierLoss(LossConfig()), (pred, gt, mask)
