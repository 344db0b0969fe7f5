# case: soft Dice loss averaged only over the classes that occur in the ground truth (ops.unique + gather) -> dynamic shape at line 16
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class PresentClassDiceLoss(nn.Cell):
    def __init__(self, num_classes=4, smooth=1e-5, include_background=False):
        super().__init__()
        self.num_classes = num_classes
        self.smooth = smooth
        self.include_background = include_background
        self.softmax = nn.Softmax(axis=1)

    def _present(self, target):
        classes, _ = ops.unique(target.reshape(-1))
        if not self.include_background:
            classes = classes[1:]
        return classes

    def construct(self, logits, target):
        # logits: (N, C, D, H, W), target: (N, D, H, W) int32
        probs = self.softmax(logits)
        onehot = ops.one_hot(target, self.num_classes, Tensor(1.0, ms.float32),
                             Tensor(0.0, ms.float32), axis=1)
        dims = (0, 2, 3, 4)
        inter = (probs * onehot).sum(axis=dims)
        denom = probs.sum(axis=dims) + onehot.sum(axis=dims)
        dice = (2.0 * inter + self.smooth) / (denom + self.smooth)
        present = self._present(target)
        return 1.0 - ops.gather(dice, present, 0).mean()


def make():
    np.random.seed(0)
    logits = Tensor(np.random.randn(1, 4, 6, 6, 6).astype(np.float32))
    target = np.zeros((1, 6, 6, 6), dtype=np.int32)
    target[0, 1:4, 1:4, 1:4] = 1
    target[0, 4:, 4:, 4:] = 3
    return PresentClassDiceLoss(), (logits, Tensor(target))
