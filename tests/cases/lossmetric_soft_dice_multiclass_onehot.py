# case: multi-class soft dice loss with one-hot targets and an ignore mask applied multiplicatively -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class SoftDiceLoss(nn.Cell):
    def __init__(self, num_classes=3, smooth=1e-5, ignore_index=255, exclude_background=True):
        super().__init__()
        self.num_classes = num_classes
        self.smooth = smooth
        self.ignore_index = ignore_index
        self.exclude_background = exclude_background
        self.softmax = nn.Softmax(axis=1)

    def _one_hot(self, labels):
        safe = ops.where(labels == self.ignore_index, ops.zeros_like(labels), labels)
        oh = ops.one_hot(safe, self.num_classes, 1.0, 0.0)       # N,H,W,C
        return oh.transpose(0, 3, 1, 2)

    def construct(self, logits, labels):
        probs = self.softmax(logits)
        target = self._one_hot(labels)
        valid = (labels != self.ignore_index).astype(probs.dtype)[:, None]
        probs = probs * valid
        target = target * valid
        dims = (0, 2, 3)
        inter = (probs * target).sum(axis=dims)
        card = probs.sum(axis=dims) + target.sum(axis=dims)
        dice = (2.0 * inter + self.smooth) / (card + self.smooth)
        if self.exclude_background:
            dice = dice[1:]
        return 1.0 - dice.mean()


def make():
    np.random.seed(22)
    logits = Tensor(np.random.randn(2, 3, 6, 6).astype(np.float32))
    labels = np.random.randint(0, 3, size=(2, 6, 6)).astype(np.int32)
    labels[:, -1, :] = 255
    return SoftDiceLoss(), (logits, Tensor(labels))
