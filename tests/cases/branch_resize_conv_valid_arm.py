# case: a 3x3 convolution padding "valid" (two rows and columns fewer) on one arm of a tensor if
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ValidConvOrSkip(nn.Cell):
    def __init__(self, ch=4):
        super().__init__()
        self.conv = nn.Conv2d(ch, ch, 3, pad_mode="valid")

    def construct(self, x):
        if x.mean() > 0.5:
            x = self.conv(x)
        return ops.relu(x)


def make():
    np.random.seed(7)
    return ValidConvOrSkip(), (Tensor(np.random.rand(1, 4, 5, 5).astype(np.float32)),)
