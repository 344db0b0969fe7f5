# case: dice metric converted with float() to compare against a best score stored as python float -> graph mode error on float of tensor
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class DiceTracker(nn.Cell):
    def __init__(self, smooth=1.0):
        super().__init__()
        self.smooth = smooth

    def dice(self, pred, target):
        inter = (pred * target).sum()
        return (2 * inter + self.smooth) / (pred.sum() + target.sum() + self.smooth)

    def construct(self, probs, target):
        pred = (probs > 0.5).astype(ms.float32)
        score = float(self.dice(pred, target))
        good = score > 0.7
        return Tensor(score, ms.float32), good


def make():
    np.random.seed(9)
    p = np.random.rand(1, 1, 12, 12).astype(np.float32)
    t = (np.random.rand(1, 1, 12, 12) > 0.5).astype(np.float32)
    return DiceTracker(), (Tensor(p), Tensor(t))
