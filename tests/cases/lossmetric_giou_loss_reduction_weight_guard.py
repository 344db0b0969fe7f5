# case: GIoU box loss with reduction string from config, avg_factor / weight handled by None and isinstance guards -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


def giou(pred, target, eps=1e-7):
    lt = ops.maximum(pred[:, :2], target[:, :2])
    rb = ops.minimum(pred[:, 2:], target[:, 2:])
    wh = ops.clamp(rb - lt, min=0.0)
    overlap = wh[:, 0] * wh[:, 1]
    ap = (pred[:, 2] - pred[:, 0]) * (pred[:, 3] - pred[:, 1])
    ag = (target[:, 2] - target[:, 0]) * (target[:, 3] - target[:, 1])
    union = ap + ag - overlap + eps
    enc_lt = ops.minimum(pred[:, :2], target[:, :2])
    enc_rb = ops.maximum(pred[:, 2:], target[:, 2:])
    enc_wh = ops.clamp(enc_rb - enc_lt, min=0.0)
    enc_area = enc_wh[:, 0] * enc_wh[:, 1] + eps
    return overlap / union - (enc_area - union) / enc_area


class GIoULoss(nn.Cell):
    def __init__(self, reduction="mean", loss_weight=2.0):
        super().__init__()
        self.reduction = reduction
        self.loss_weight = loss_weight

    def construct(self, pred, target, weight=None, avg_factor=None):
        loss = 1.0 - giou(pred, target)
        if weight is not None:
            if isinstance(weight, Tensor) and weight.ndim == 2:
                weight = weight.mean(axis=-1)
            loss = loss * weight
        if self.reduction == "none":
            return loss * self.loss_weight
        if avg_factor is None:
            red = loss.sum() if self.reduction == "sum" else loss.mean()
        else:
            red = loss.sum() / (avg_factor + 1e-6)
        return red * self.loss_weight


def make():
    np.random.seed(37)
    xy = np.random.rand(6, 2).astype(np.float32) * 5
    pred = np.concatenate([xy, xy + 2.0], axis=1)
    tgt = np.concatenate([xy + 0.3, xy + 2.5], axis=1)
    w = Tensor(np.random.rand(6, 4).astype(np.float32))
    return GIoULoss(), (Tensor(pred), Tensor(tgt), w)
