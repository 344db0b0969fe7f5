# case: a convolution with its settings from a tuple (*args: stride 2) on one arm of a tensor test, a 2x2 pooling on the other -> same shapes
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

DOWN = (3, 2)


class Reduce(nn.Cell):
    def __init__(self, ch=4):
        super().__init__()
        self.learned = nn.Conv2d(ch, ch, *DOWN)
        self.pool = nn.MaxPool2d(2, 2)

    def construct(self, x):
        if x.mean() > 0.5:
            y = self.learned(x)
        else:
            y = self.pool(x)
        return y * 2


def make():
    np.random.seed(0)
    return Reduce(), (Tensor(np.random.rand(1, 4, 8, 8).astype(np.float32)),)
