# case: coarsen a radar field by average pooling, run a conv, and upsample back to the input size taken from x.shape -> static shapes
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class CoarseCorrection(nn.Cell):
    def __init__(self, factor=2, channels=1):
        super().__init__()
        self.down = nn.AvgPool2d(kernel_size=factor, stride=factor)
        self.conv = nn.Conv2d(channels, channels, 3, pad_mode="same")

    def construct(self, x):
        h, w = x.shape[2], x.shape[3]
        coarse = self.conv(self.down(x))
        up = ops.interpolate(coarse, size=(h, w), mode="bilinear", align_corners=False)
        return x + up


def make():
    np.random.seed(117)
    x = Tensor(np.random.rand(1, 1, 16, 16).astype(np.float32))
    return CoarseCorrection(), (x,)
