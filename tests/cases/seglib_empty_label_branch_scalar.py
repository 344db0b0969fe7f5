# case: decode loss that guards the all-ignored batch with an if on the valid-pixel count tensor, both branches yielding a scalar (zero-connected loss vs mean CE) -> tensor condition but equal shapes, expected to compile
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class LossConfig:
    ignore_index = 255
    loss_weight = 1.0
    loss_name = "loss_ce"


class SafeCELoss(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.ignore_index = config.ignore_index
        self.loss_weight = config.loss_weight

    def construct(self, seg_logit, seg_label):
        valid = (seg_label != self.ignore_index).astype(ms.float32)
        num_valid = valid.sum()
        if num_valid > 0:
            pix = ops.cross_entropy(seg_logit, seg_label, ignore_index=self.ignore_index, reduction="none")
            loss = (pix * valid).sum() / num_valid
        else:
            loss = seg_logit.sum() * 0.0
        return self.loss_weight * loss


def make():
    np.random.seed(3475)
    logit = Tensor(np.random.randn(2, 4, 10, 10).astype(np.float32))
    label = np.random.randint(0, 4, (2, 10, 10)).astype(np.int32)
    label[0, :5] = 255
    return SafeCELoss(LossConfig()), (logit, Tensor(label))
