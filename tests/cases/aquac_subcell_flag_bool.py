# case: a fish-count density network whose sub-Cell applies optional batch norm and an optional log transform selected by Python bool constructor flags -> static graph
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ConvBlock(nn.Cell):
    def __init__(self, cin, cout, use_bn=True):
        super().__init__()
        self.use_bn = use_bn
        self.conv = nn.Conv2d(cin, cout, 3, pad_mode="same")
        self.bn = nn.BatchNorm2d(cout) if use_bn else None
        self.act = nn.ReLU()

    def construct(self, x):
        x = self.conv(x)
        if self.use_bn:
            x = self.bn(x)
        return self.act(x)


class DensityCounter(nn.Cell):
    def __init__(self, use_bn=False, log_count=True):
        super().__init__()
        self.block1 = ConvBlock(3, 8, use_bn)
        self.block2 = ConvBlock(8, 1, use_bn)
        self.log_count = log_count

    def construct(self, frames):
        density = self.block2(self.block1(frames))
        count = density.sum(axis=(1, 2, 3))
        if self.log_count:
            count = ops.log1p(count)
        return count


def make():
    np.random.seed(38)
    frames = Tensor(np.random.rand(2, 3, 12, 12).astype(np.float32))
    return DensityCounter(), (frames,)
