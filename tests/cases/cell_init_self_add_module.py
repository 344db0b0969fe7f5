# case: a DenseNet layer ported from PyTorch registers its sub-Cells with self.add_module: nn.Cell has no add_module, building fails
import numpy as np
from mindspore import nn, Tensor


class DenseLayer(nn.Cell):
    def __init__(self, channels):
        super().__init__()
        self.add_module("norm", nn.BatchNorm2d(channels))
        self.add_module("conv", nn.Conv2d(channels, channels, 3))

    def construct(self, x):
        return self.conv(self.norm(x))


def make():
    return DenseLayer(3), (Tensor(np.ones((1, 3, 4, 4), np.float32)),)
