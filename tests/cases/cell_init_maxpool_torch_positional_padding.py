# case: a stem ported from PyTorch passes padding positionally to nn.MaxPool2d (MindSpore's third parameter is pad_mode)
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class Stem(nn.Cell):
    def __init__(self, cin=3, cout=8):
        super().__init__()
        self.conv = nn.Conv2d(cin, cout, 3, 2, pad_mode="same")
        self.pool = nn.MaxPool2d(3, 2, 1)

    def construct(self, x):
        return self.pool(self.conv(x))


def make():
    return Stem(), (Tensor(np.ones((1, 3, 16, 16), np.float32)),)
