# case: blade segmentation loss takes an optional valid-pixel mask and checks `mask is None` before applying it -> None test is resolved at compile time, static expected
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class BladeSegHead(nn.Cell):
    def __init__(self, in_ch=3, n_classes=3):
        super().__init__()
        self.conv1 = nn.Conv2d(in_ch, 8, 3, pad_mode="same")
        self.conv2 = nn.Conv2d(8, n_classes, 1)

    def construct(self, img):
        return self.conv2(ops.relu(self.conv1(img)))


class MaskedSegLoss(nn.Cell):
    def __init__(self):
        super().__init__()
        self.head = BladeSegHead()

    def construct(self, img, target, mask=None):
        logits = self.head(img)
        logp = ops.log_softmax(logits, axis=1)
        onehot = ops.one_hot(target, 3, Tensor(1.0, ms.float32), Tensor(0.0, ms.float32), axis=1)
        nll = -(logp * onehot).sum(axis=1)
        if mask is None:
            return nll.mean()
        return (nll * mask).sum() / (mask.sum() + 1.0)


def make():
    np.random.seed(27)
    img = Tensor(np.random.rand(2, 3, 12, 12).astype(np.float32))
    target = Tensor(np.random.randint(0, 3, size=(2, 12, 12)).astype(np.int32))
    return MaskedSegLoss(), (img, target)
