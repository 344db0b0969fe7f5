# case: near miss: a 3x3 convolution with as many channels out as in (MindSpore pads "same" by default) on one arm: same shapes
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ConvOrSkip(nn.Cell):
    def __init__(self, ch=4):
        super().__init__()
        self.conv = nn.Conv2d(ch, ch, 3)

    def construct(self, x):
        if x.mean() > 0.5:
            x = self.conv(x)
        return ops.relu(x)


def make():
    np.random.seed(6)
    return ConvOrSkip(), (Tensor(np.random.rand(1, 4, 5, 5).astype(np.float32)),)
