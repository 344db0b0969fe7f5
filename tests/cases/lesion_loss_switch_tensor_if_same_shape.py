# case: switches between dice and bce for empty vs non-empty ground truth with an if on a tensor, both branches scalar -> static (control flow, same shapes)
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class EmptyAwareLoss(nn.Cell):
    def __init__(self, smooth=1.0):
        super().__init__()
        self.smooth = smooth
        self.bce = nn.BCELoss(reduction="mean")

    def construct(self, probs, target):
        if target.sum() > 0:
            inter = (probs * target).sum()
            loss = 1.0 - (2 * inter + self.smooth) / (probs.sum() + target.sum() + self.smooth)
        else:
            loss = self.bce(probs, target)
        return loss


def make():
    np.random.seed(43)
    p = np.random.rand(1, 1, 10, 10).astype(np.float32) * 0.98 + 0.01
    t = np.zeros((1, 1, 10, 10), dtype=np.float32)
    t[0, 0, 2:5, 3:7] = 1.0
    return EmptyAwareLoss(), (Tensor(p), Tensor(t))
