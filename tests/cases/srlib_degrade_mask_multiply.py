# case: restoration loss restricted to an optional degradation mask by multiplying with the mask and normalising by its sum -> fixed shapes, expected static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class LossConfig:
    def __init__(self, loss_weight=1.0, reduction="mean", eps=1e-6):
        self.loss_weight = loss_weight
        self.reduction = reduction
        self.eps = eps


class WeightedLossMixin:
    def _weighted_reduce(self, loss, weight=None):
        if weight is None:
            return loss.mean() if self.reduction == "mean" else loss.sum()
        loss = loss * weight
        if self.reduction == "sum":
            return loss.sum()
        return loss.sum() / ops.clamp(weight.sum(), min=1.0)


class MaskedCharbonnierLoss(nn.Cell, WeightedLossMixin):
    def __init__(self, config):
        super().__init__()
        self.loss_weight = config.loss_weight
        self.reduction = config.reduction
        self.eps = config.eps

    def construct(self, pred, target, mask=None):
        diff = pred - target
        loss = ops.sqrt(diff * diff + self.eps)
        if mask is not None and mask.shape[1] == 1:
            mask = mask.broadcast_to(loss.shape)
        return self.loss_weight * self._weighted_reduce(loss, mask)


def make():
    np.random.seed(6)
    pred = Tensor(np.random.rand(2, 3, 8, 8).astype(np.float32))
    gt = Tensor(np.random.rand(2, 3, 8, 8).astype(np.float32))
    mask = Tensor((np.random.rand(2, 1, 8, 8) > 0.6).astype(np.float32))
    return MaskedCharbonnierLoss(LossConfig()), (pred, gt, mask)
