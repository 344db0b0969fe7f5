# case: hyperspectral fruit cube is reordered from channels-last to band-first with a constant permutation chosen by a layout flag -> constant perm, Graph mode compiles
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

NHWC_TO_NCHW = (0, 3, 1, 2)


class CubeToBands(nn.Cell):
    def __init__(self, n_bands=8, channels_last=True):
        super().__init__()
        self.channels_last = channels_last
        self.conv = nn.Conv2d(n_bands, 4, kernel_size=3, pad_mode="same")

    def construct(self, cube):
        x = cube
        if self.channels_last:
            x = ops.transpose(x, NHWC_TO_NCHW)
        feat = self.conv(x)
        return feat.mean(axis=(2, 3))


def make():
    np.random.seed(142)
    cube = Tensor(np.random.rand(2, 6, 6, 8).astype(np.float32))
    return CubeToBands(), (cube,)
