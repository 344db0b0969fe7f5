# case: combined soft dice and focal loss for binary lesion segmentation with constructor weights -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class SoftDice(nn.Cell):
    def __init__(self, smooth=1.0):
        super().__init__()
        self.smooth = smooth

    def construct(self, probs, target):
        dims = (1, 2, 3)
        inter = (probs * target).sum(axis=dims)
        denom = probs.sum(axis=dims) + target.sum(axis=dims)
        return 1.0 - ((2.0 * inter + self.smooth) / (denom + self.smooth)).mean()


class DiceFocalLoss(nn.Cell):
    def __init__(self, gamma=2.0, w_dice=0.5, w_focal=0.5):
        super().__init__()
        self.gamma = gamma
        self.w_dice = w_dice
        self.w_focal = w_focal
        self.dice = SoftDice()

    def focal(self, probs, target):
        pt = probs * target + (1.0 - probs) * (1.0 - target)
        pt = ops.clamp(pt, 1e-6, 1.0)
        return (-((1.0 - pt) ** self.gamma) * ops.log(pt)).mean()

    def construct(self, logits, target):
        probs = ops.sigmoid(logits)
        return self.w_dice * self.dice(probs, target) + self.w_focal * self.focal(probs, target)


def make():
    np.random.seed(30)
    lg = np.random.randn(2, 1, 16, 16).astype(np.float32)
    t = (np.random.rand(2, 1, 16, 16) > 0.8).astype(np.float32)
    return DiceFocalLoss(), (Tensor(lg), Tensor(t))
