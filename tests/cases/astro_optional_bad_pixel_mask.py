# case: background subtraction with an optional bad-pixel mask argument tested with `is None`, mask multiplied in rather than used for selection -> static shapes
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class MaskedBackground(nn.Cell):
    def __init__(self, smooth=3):
        super().__init__()
        self.pool = nn.AvgPool2d(kernel_size=smooth, stride=1, pad_mode="same")

    def construct(self, img, bad_mask=None):
        if bad_mask is None:
            weight = ops.ones_like(img)
        else:
            weight = 1.0 - bad_mask.astype(ms.float32)
        x = (img * weight).reshape(1, 1, img.shape[0], img.shape[1])
        wsum = self.pool(weight.reshape(1, 1, img.shape[0], img.shape[1]))
        bg = self.pool(x) / (wsum + 1e-6)
        return img - bg.reshape(img.shape)


def make():
    np.random.seed(37)
    img = np.random.normal(60.0, 2.0, (12, 12)).astype(np.float32)
    bad = np.zeros((12, 12), np.bool_)
    bad[3, 4] = True
    img[3, 4] = 5000.0
    return MaskedBackground(), (Tensor(img), Tensor(bad))
