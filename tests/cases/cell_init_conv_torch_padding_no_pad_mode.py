# case: a block ported from PyTorch keeps padding=1 on nn.Conv2d without pad_mode="pad"
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ConvBlock(nn.Cell):
    def __init__(self, cin=3, cout=8):
        super().__init__()
        self.conv = nn.Conv2d(cin, cout, kernel_size=3, stride=1, padding=1, has_bias=False)
        self.bn = nn.BatchNorm2d(cout)
        self.act = nn.ReLU()

    def construct(self, x):
        return self.act(self.bn(self.conv(x)))


def make():
    return ConvBlock(), (Tensor(np.ones((1, 3, 8, 8), np.float32)),)
