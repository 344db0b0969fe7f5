# case: per-image decode loss that, when the batch has no valid pixel, returns a zero scalar, otherwise the per-image loss vector, chosen by an if on the valid-pixel count tensor -> branches on tensor value return different shapes (rejected)
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class LossConfig:
    ignore_index = 255
    loss_weight = 1.0
    reduction = "none"


class PerImageCELoss(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.ignore_index = config.ignore_index
        self.loss_weight = config.loss_weight
        self.reduction = config.reduction

    def _per_image(self, seg_logit, seg_label, valid):
        pix = ops.cross_entropy(seg_logit, seg_label, ignore_index=self.ignore_index, reduction="none")
        num = ops.clamp(valid.sum(axis=(1, 2)), min=1.0)
        return (pix * valid).sum(axis=(1, 2)) / num

    def construct(self, seg_logit, seg_label):
        valid = (seg_label != self.ignore_index).astype(ms.float32)
        if valid.sum() == 0:
            loss = seg_logit.sum() * 0.0
        else:
            loss = self._per_image(seg_logit, seg_label, valid)
        return self.loss_weight * loss


def make():
    np.random.seed(3474)
    logit = Tensor(np.random.randn(3, 4, 10, 10).astype(np.float32))
    label = np.random.randint(0, 4, (3, 10, 10)).astype(np.int32)
    label[2] = 255
    return PerImageCELoss(LossConfig()), (logit, Tensor(label))
