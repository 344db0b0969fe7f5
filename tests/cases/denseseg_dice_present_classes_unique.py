# case: multi-class Dice averaged only over classes present in the target, found with ops.unique -> dynamic shape at line 25
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class PresentClassDiceLoss(nn.Cell):
    def __init__(self, num_classes=4, smooth=1.0, only_present=True):
        super().__init__()
        self.num_classes = num_classes
        self.smooth = smooth
        self.only_present = only_present

    def per_class_dice(self, probs, target):
        onehot = ops.one_hot(target, self.num_classes, Tensor(1.0, ms.float32), Tensor(0.0, ms.float32))
        onehot = onehot.transpose(0, 3, 1, 2)
        inter = (probs * onehot).sum(axis=(0, 2, 3))
        union = probs.sum(axis=(0, 2, 3)) + onehot.sum(axis=(0, 2, 3))
        return (2.0 * inter + self.smooth) / (union + self.smooth)

    def construct(self, logits, target):
        probs = ops.softmax(logits, axis=1)
        dice = self.per_class_dice(probs, target)
        if self.only_present:
            present, _ = ops.unique(target.reshape(-1))
            dice = ops.gather(dice, present, 0)
        return 1.0 - dice.mean()


def make():
    np.random.seed(4)
    logits = Tensor(np.random.randn(2, 4, 8, 8).astype(np.float32))
    target = Tensor(np.random.randint(0, 3, size=(2, 8, 8)).astype(np.int32))
    return PresentClassDiceLoss(), (logits, target)
