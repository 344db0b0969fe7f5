# case: validation Dice metric cell that keeps the best mean Dice seen so far in a plain tensor attribute updated inside construct -> compile error at line 25
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class DiceMetricTracker(nn.Cell):
    def __init__(self, num_classes=3, smooth=1e-5):
        super().__init__()
        self.num_classes = num_classes
        self.smooth = smooth
        self.best_dice = Tensor(0.0, ms.float32)

    def _onehot(self, labels):
        return ops.one_hot(labels, self.num_classes, Tensor(1.0, ms.float32),
                           Tensor(0.0, ms.float32), axis=1)

    def construct(self, logits, target):
        pred = self._onehot(logits.argmax(axis=1))
        gt = self._onehot(target)
        dims = (0, 2, 3, 4)
        inter = (pred * gt).sum(axis=dims)
        dice = (2 * inter + self.smooth) / (pred.sum(axis=dims) + gt.sum(axis=dims) + self.smooth)
        mean_dice = dice[1:].mean()
        self.best_dice = ops.maximum(self.best_dice, mean_dice)
        return mean_dice, self.best_dice


def make():
    np.random.seed(0)
    logits = Tensor(np.random.randn(1, 3, 5, 5, 5).astype(np.float32))
    target = Tensor(np.random.randint(0, 3, (1, 5, 5, 5)).astype(np.int32))
    return DiceMetricTracker(), (logits, target)
