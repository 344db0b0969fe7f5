# case: multi-class soft dice summed over a Python range(num_classes) loop with a skip_background flag; expect static at LAX and STRICT
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class MultiClassDice(nn.Cell):
    def __init__(self, num_classes=4, smooth=1.0, skip_background=True):
        super().__init__()
        self.num_classes = num_classes
        self.smooth = smooth
        self.start = 1 if skip_background else 0

    def dice(self, p, t):
        inter = (p * t).sum()
        union = p.sum() + t.sum()
        return 1.0 - (2.0 * inter + self.smooth) / (union + self.smooth)

    def construct(self, logits, labels):
        probs = ops.softmax(logits, axis=1)
        total = 0.0
        for c in range(self.start, self.num_classes):
            t = (labels == c).astype(ms.float32)
            total = total + self.dice(probs[:, c], t)
        return total / (self.num_classes - self.start)


def make():
    logits = Tensor(np.random.randn(2, 4, 16, 16).astype(np.float32))
    labels = Tensor(np.random.randint(0, 4, (2, 16, 16)).astype(np.int32))
    return MultiClassDice(), (logits, labels)
