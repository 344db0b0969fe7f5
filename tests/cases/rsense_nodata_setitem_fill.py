# case: replace nodata and saturated pixels in-place with boolean-mask setitem and clip before the encoder -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class CleanAndEncode(nn.Cell):
    def __init__(self, in_bands=4, width=8, nodata=-9999.0, saturation=1.0, fill=0.0):
        super().__init__()
        self.nodata = nodata
        self.saturation = saturation
        self.fill = fill
        self.enc = nn.Conv2d(in_bands, width, 3, pad_mode="same")

    def clean(self, scene):
        scene[scene == self.nodata] = self.fill
        scene[scene > self.saturation] = self.saturation
        return scene

    def construct(self, scene):
        scene = self.clean(scene)
        return self.enc(scene)


def make():
    np.random.seed(46)
    scene = np.random.rand(1, 4, 8, 8).astype(np.float32) * 1.2
    scene[0, :, 0, :3] = -9999.0
    return CleanAndEncode(), (Tensor(scene),)
