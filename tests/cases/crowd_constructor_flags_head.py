# case: regression head whose batch-norm and dilation options are Python bool flags from the constructor tested in construct -> constant flags, static in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class RegressionHead(nn.Cell):
    def __init__(self, ch=8, use_bn=True, use_dilation=False, relu_out=True):
        super().__init__()
        self.use_bn = use_bn
        self.relu_out = relu_out
        dil = 2 if use_dilation else 1
        self.conv = nn.Conv2d(ch, ch, 3, pad_mode="same", dilation=dil)
        self.bn = nn.BatchNorm2d(ch) if use_bn else None
        self.out = nn.Conv2d(ch, 1, 1)

    def construct(self, x):
        x = self.conv(x)
        if self.use_bn:
            x = self.bn(x)
        x = ops.relu(x)
        x = self.out(x)
        if self.relu_out:
            x = ops.relu(x)
        return x


def make():
    np.random.seed(33)
    x = np.random.rand(2, 8, 6, 6).astype(np.float32)
    return RegressionHead(use_bn=True, use_dilation=True), (Tensor(x),)
