# case: near miss: the same block with pad_mode="pad", and a pooling layer with padding=0
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ConvBlock(nn.Cell):
    def __init__(self, cin=3, cout=8):
        super().__init__()
        self.conv = nn.Conv2d(cin, cout, kernel_size=3, stride=1, pad_mode="pad", padding=1, has_bias=False)
        self.pool = nn.MaxPool2d(kernel_size=2, stride=2, padding=0)
        self.act = nn.ReLU()

    def construct(self, x):
        return self.pool(self.act(self.conv(x)))


def make():
    return ConvBlock(), (Tensor(np.ones((1, 3, 8, 8), np.float32)),)
