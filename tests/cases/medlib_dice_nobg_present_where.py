# case: DiceLoss drops the background channel by a constant slice under include_background=False and zeroes absent classes with a three-argument where -> static shapes, compiles fine in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor
from dataclasses import dataclass

EPS = 1e-5


@dataclass
class DiceConfig:
    include_background: bool = False
    sigmoid: bool = False
    ignore_empty: bool = True
    batch: bool = False


class DiceLoss(nn.Cell):
    def __init__(self, config, weight=None):
        super().__init__()
        self.include_background = config.include_background
        self.sigmoid = config.sigmoid
        self.ignore_empty = config.ignore_empty
        self.batch = config.batch
        self.class_weight = None if weight is None else Tensor(weight, ms.float32)

    def _activate(self, logits):
        return ops.sigmoid(logits) if self.sigmoid else ops.softmax(logits, axis=1)

    def construct(self, logits, target, mask=None):
        pred = self._activate(logits)
        if mask is not None:
            pred = pred * mask
            target = target * mask
        if not self.include_background:
            pred = pred[:, 1:]
            target = target[:, 1:]
        axes = (0, 2, 3, 4) if self.batch else (2, 3, 4)
        inter = (pred * target).sum(axis=axes)
        ground = target.sum(axis=axes)
        denom = pred.sum(axis=axes) + ground
        dice = 1.0 - (2.0 * inter + EPS) / (denom + EPS)
        if self.ignore_empty:
            present = ground > 0
            dice = ops.where(present, dice, ops.zeros_like(dice))
            n_present = present.astype(ms.float32).sum()
            loss = dice.sum() / ops.maximum(n_present, Tensor(1.0, ms.float32))
        else:
            loss = dice.mean()
        if self.class_weight is not None:
            loss = loss * self.class_weight.mean()
        return loss


def make():
    np.random.seed(1)
    logits = Tensor(np.random.randn(2, 3, 8, 8, 8).astype(np.float32))
    lab = np.random.randint(0, 2, size=(2, 8, 8, 8))
    target = Tensor(np.eye(3, dtype=np.float32)[lab].transpose(0, 4, 1, 2, 3))
    return DiceLoss(DiceConfig()), (logits, target)
