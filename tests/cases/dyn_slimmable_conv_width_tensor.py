# case: slimmable conv slices its weight by a width multiplier passed in as a Tensor -> dynamic shape at line 21
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, Parameter


class SlimmableConv2d(nn.Cell):
    def __init__(self, in_ch, max_out_ch, kernel_size=3):
        super().__init__()
        self.max_out_ch = max_out_ch
        w = np.random.randn(max_out_ch, in_ch, kernel_size, kernel_size).astype(np.float32) * 0.1
        self.weight = Parameter(Tensor(w), name="weight")
        self.bias = Parameter(Tensor(np.zeros(max_out_ch, np.float32)), name="bias")
        self.conv = ops.Conv2D(out_channel=max_out_ch, kernel_size=kernel_size, pad_mode='same')

    def active_channels(self, width_mult):
        return ops.cast(ops.floor(width_mult * self.max_out_ch), ms.int32)

    def construct(self, x, width_mult):
        c = self.active_channels(width_mult)
        w = self.weight[:c]
        b = self.bias[:c]
        out = ops.conv2d(x, w, pad_mode='same')
        return out + b.reshape(1, -1, 1, 1)


class SlimmableNet(nn.Cell):
    def __init__(self, max_width=16):
        super().__init__()
        self.conv = SlimmableConv2d(3, max_width)

    def construct(self, x, width_mult):
        y = ops.relu(self.conv(x, width_mult))
        return y.mean(axis=(2, 3))


def make():
    np.random.seed(1)
    x = Tensor(np.random.randn(2, 3, 8, 8).astype(np.float32))
    width = Tensor(0.5, ms.float32)
    return SlimmableNet(), (x, width)
