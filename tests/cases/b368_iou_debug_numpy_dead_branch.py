# case: rotated-box IoU loss has a NumPy debug dump via .asnumpy() guarded by config.debug, which defaults to False and no caller sets -> the NumPy branch is never taken; expect the constant-folded graph to compile
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class LossConfig:
    def __init__(self, loss_weight=2.0, eps=1e-6, debug=False, reduction="mean"):
        self.loss_weight = loss_weight
        self.eps = eps
        self.debug = debug
        self.reduction = reduction


class BaseBoxLoss(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.loss_weight = config.loss_weight
        self.reduction = config.reduction
        self.debug = getattr(config, "debug", False)

    def reduce(self, loss, weight=None):
        if weight is not None:
            loss = loss * weight
        return loss.mean() if self.reduction == "mean" else loss.sum()


class AxisAlignedIoULoss(BaseBoxLoss):
    def __init__(self, config):
        super().__init__(config)
        self.eps = config.eps

    def construct(self, pred, target, weight=None):
        lo = ops.maximum(pred[:, :3] - pred[:, 3:6] / 2, target[:, :3] - target[:, 3:6] / 2)
        hi = ops.minimum(pred[:, :3] + pred[:, 3:6] / 2, target[:, :3] + target[:, 3:6] / 2)
        inter = ops.relu(hi - lo).prod(1)
        union = pred[:, 3:6].prod(1) + target[:, 3:6].prod(1) - inter
        iou = inter / (union + self.eps)
        if self.debug:
            iou_np = iou.asnumpy()
            print("iou stats", np.min(iou_np), np.mean(iou_np), np.max(iou_np))
        return self.loss_weight * self.reduce(1.0 - iou, weight)


def make():
    np.random.seed(3707)
    tgt = np.concatenate([np.random.uniform(0, 30, (32, 3)), np.random.uniform(1, 4, (32, 3))], 1)
    pred = tgt + 0.2 * np.random.randn(32, 6)
    pred[:, 3:] = np.abs(pred[:, 3:])
    return AxisAlignedIoULoss(LossConfig()), (Tensor(pred.astype(np.float32)), Tensor(tgt.astype(np.float32)))
