# case: segmentation Dice+BCE loss averages only the foreground pixels via pred[mask] boolean indexing -> dynamic at LAX and STRICT
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


def dice(pred, target, eps=1.0):
    inter = (pred * target).sum()
    return 1 - (2 * inter + eps) / (pred.sum() + target.sum() + eps)


class SegLoss(nn.Cell):
    def __init__(self, fg_weight=2.0):
        super().__init__()
        self.fg_weight = fg_weight
        self.bce = nn.BCEWithLogitsLoss(reduction="none")

    def construct(self, logits, target, valid):
        prob = ops.sigmoid(logits)
        pix = self.bce(logits, target)
        fg = pix[valid > 0]
        return fg.mean() * self.fg_weight + dice(prob, target)


def make():
    logits = Tensor(np.random.randn(2, 1, 8, 8).astype(np.float32))
    target = Tensor((np.random.rand(2, 1, 8, 8) > 0.5).astype(np.float32))
    valid = Tensor((np.random.rand(2, 1, 8, 8) > 0.2).astype(np.float32))
    return SegLoss(), (logits, target, valid)
