# case: a convolution built with its settings from a tuple (*args: stride 2) on one arm of a tensor test -> arms differ
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

DOWN = (3, 2)


class Gate(nn.Cell):
    def __init__(self, ch=4):
        super().__init__()
        self.down = nn.Conv2d(ch, ch, *DOWN)

    def construct(self, x):
        if x.mean() > 0.5:
            y = self.down(x)
        else:
            y = x
        return y * 2


def make():
    np.random.seed(0)
    return Gate(), (Tensor(np.random.rand(1, 4, 8, 8).astype(np.float32)),)
