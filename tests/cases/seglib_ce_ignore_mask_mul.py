# case: cross-entropy decode loss that averages over non-ignored pixels by multiplying the per-pixel loss with a float valid mask and clamping the count -> static shapes, compiles fine
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

IGNORE_INDEX = 255


class LossConfig:
    def __init__(self, ignore_index=IGNORE_INDEX, loss_weight=0.4, avg_non_ignore=True, reduction="mean"):
        self.ignore_index = ignore_index
        self.loss_weight = loss_weight
        self.avg_non_ignore = avg_non_ignore
        self.reduction = reduction


class CrossEntropyLoss(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.ignore_index = config.ignore_index
        self.loss_weight = config.loss_weight
        self.avg_non_ignore = config.avg_non_ignore
        self.reduction = config.reduction

    def _reduce(self, loss, valid):
        if self.reduction == "none":
            return loss
        if self.avg_non_ignore:
            denom = ops.clamp(valid.sum(), min=1.0)
        else:
            denom = float(loss.size)
        return loss.sum() / denom

    def construct(self, seg_logit, seg_label, weight=None):
        valid = (seg_label != self.ignore_index).astype(ms.float32)
        loss = ops.cross_entropy(seg_logit, seg_label, ignore_index=self.ignore_index, reduction="none")
        loss = loss * valid
        if weight is not None:
            loss = loss * weight
        return self.loss_weight * self._reduce(loss, valid)


def make():
    np.random.seed(3442)
    logit = Tensor(np.random.randn(2, 5, 16, 16).astype(np.float32))
    label = np.random.randint(0, 5, (2, 16, 16)).astype(np.int32)
    label[:, :, :4] = IGNORE_INDEX
    return CrossEntropyLoss(LossConfig()), (logit, Tensor(label))
