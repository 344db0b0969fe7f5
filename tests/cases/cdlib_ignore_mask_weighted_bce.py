# case: BCE change loss ignores cloud and nodata pixels by multiplying with a float ignore mask and normalising by its sum -> masks used by multiplication, expect static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class LossConfig:
    def __init__(self, ignore_value=255, pos_weight=None, reduction="mean"):
        self.ignore_value = ignore_value
        self.pos_weight = pos_weight
        self.reduction = reduction


class MaskedBCELoss(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.ignore_value = config.ignore_value
        self.pos_weight = 1.0 if config.pos_weight is None else config.pos_weight
        self.reduction = config.reduction

    def _ignore_mask(self, target, cloud_mask):
        keep = (target != self.ignore_value).astype(ms.float32)
        if cloud_mask is not None:
            keep = keep * (1.0 - cloud_mask)
        return keep

    def construct(self, logits, target, cloud_mask=None):
        keep = self._ignore_mask(target, cloud_mask)
        tgt = target * keep
        loss = ops.binary_cross_entropy_with_logits(
            logits, tgt, ops.ones_like(logits), ops.ones_like(logits) * self.pos_weight, reduction="none")
        loss = loss * keep
        if self.reduction == "sum":
            return loss.sum()
        return loss.sum() / ops.maximum(keep.sum(), 1.0)


def make():
    np.random.seed(34)
    logits = Tensor(np.random.randn(2, 1, 16, 16).astype(np.float32))
    t = (np.random.rand(2, 1, 16, 16) > 0.7).astype(np.float32)
    t[:, :, :2] = 255
    cloud = Tensor((np.random.rand(2, 1, 16, 16) > 0.9).astype(np.float32))
    return MaskedBCELoss(LossConfig()), (logits, Tensor(t), cloud)
