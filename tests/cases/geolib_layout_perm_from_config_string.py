# case: sensor-agnostic tile adapter takes the channel layout as a config string ("NHWC") and builds the transpose permutation in __init__ -> permutation is a Python constant, static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


def perm_to_nchw(layout):
    return tuple(layout.index(axis) for axis in "NCHW")


class AdapterConfig:
    def __init__(self, in_bands=4, width=8, layout="NHWC", channels_last_output=False):
        self.in_bands = in_bands
        self.width = width
        self.layout = layout
        self.channels_last_output = channels_last_output


class LayoutAdapter(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.perm = perm_to_nchw(config.layout.upper())
        self.needs_transpose = self.perm != (0, 1, 2, 3)
        self.channels_last_output = config.channels_last_output
        self.conv = nn.Conv2d(config.in_bands, config.width, 3, pad_mode="same")

    def construct(self, tile):
        x = ops.transpose(tile, self.perm) if self.needs_transpose else tile
        y = self.conv(x)
        if self.channels_last_output:
            y = y.transpose(0, 2, 3, 1)
        return y


def make():
    np.random.seed(3396)
    tile = Tensor(np.random.rand(2, 16, 16, 4).astype(np.float32))
    return LayoutAdapter(AdapterConfig()), (tile,)
