# case: soft dice loss that prints an f-string containing the dice tensor every call; expect LAX to compile (maybe static) and STRICT to error on the f-string
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

SMOOTH = 1.0


class DiceLoss(nn.Cell):
    def __init__(self, smooth=SMOOTH, verbose=True):
        super().__init__()
        self.smooth = smooth
        self.verbose = verbose

    def construct(self, logits, mask):
        prob = ops.sigmoid(logits)
        prob = prob.reshape(prob.shape[0], -1)
        mask = mask.reshape(mask.shape[0], -1)
        inter = (prob * mask).sum(axis=1)
        denom = prob.sum(axis=1) + mask.sum(axis=1)
        dice = (2.0 * inter + self.smooth) / (denom + self.smooth)
        if self.verbose:
            print(f"dice per sample: {dice}")
        return 1.0 - dice.mean()


class SegNet(nn.Cell):
    def __init__(self):
        super().__init__()
        self.conv = nn.Conv2d(3, 1, 3, pad_mode="same")
        self.loss = DiceLoss()

    def construct(self, img, mask):
        return self.loss(self.conv(img), mask)


def make():
    img = Tensor(np.random.randn(2, 3, 8, 8).astype(np.float32))
    mask = Tensor((np.random.rand(2, 1, 8, 8) > 0.5).astype(np.float32))
    return SegNet(), (img, mask)
