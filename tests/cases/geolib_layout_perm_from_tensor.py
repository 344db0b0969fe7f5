# case: sensor-agnostic tile adapter reads the channel position from a per-batch layout tensor and builds the transpose permutation with int() on it -> permutation taken from tensor values, expected refused or dynamic
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

LAYOUT_NCHW, LAYOUT_NHWC = 1, 3


def perm_to_nchw(channel_axis):
    rest = [a for a in range(1, 4) if a != channel_axis]
    return (0, channel_axis) + tuple(rest)


class AdapterConfig:
    def __init__(self, in_bands=4, width=8):
        self.in_bands = in_bands
        self.width = width


class LayoutAdapter(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.conv = nn.Conv2d(config.in_bands, config.width, 3, pad_mode="same")

    def construct(self, tile, layout):
        channel_axis = int(layout[0])
        x = ops.transpose(tile, perm_to_nchw(channel_axis))
        return self.conv(x)


def make():
    np.random.seed(3395)
    tile = Tensor(np.random.rand(2, 16, 16, 4).astype(np.float32))
    layout = Tensor(np.array([LAYOUT_NHWC], np.int32))
    return LayoutAdapter(AdapterConfig()), (tile, layout)
