# case: soft Dice loss over softmax probs vs one-hot target, background skipped by a static slice from config -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class SoftDiceLoss(nn.Cell):
    def __init__(self, num_classes=4, smooth=1e-5, include_background=False, squared=True):
        super().__init__()
        self.num_classes = num_classes
        self.smooth = smooth
        self.include_background = include_background
        self.squared = squared
        self.on, self.off = Tensor(1.0, ms.float32), Tensor(0.0, ms.float32)

    def _onehot(self, target):
        return ops.one_hot(target, self.num_classes, self.on, self.off).transpose(0, 3, 1, 2)

    def construct(self, logits, target):
        probs = ops.softmax(logits, axis=1)
        tgt = self._onehot(target)
        if not self.include_background:
            probs = probs[:, 1:]
            tgt = tgt[:, 1:]
        reduce_axes = (2, 3)
        inter = (probs * tgt).sum(reduce_axes)
        if self.squared:
            denom = (probs * probs).sum(reduce_axes) + (tgt * tgt).sum(reduce_axes)
        else:
            denom = probs.sum(reduce_axes) + tgt.sum(reduce_axes)
        dice = (2 * inter + self.smooth) / (denom + self.smooth)
        return 1.0 - dice.mean()


def make():
    np.random.seed(5)
    logits = Tensor(np.random.randn(2, 4, 12, 12).astype(np.float32))
    target = Tensor(np.random.randint(0, 4, size=(2, 12, 12)).astype(np.int32))
    return SoftDiceLoss(), (logits, target)
