# case: while on a tensor value shrinking with a stride-2 convolution, only the sum returned
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ShrinkUntilQuiet(nn.Cell):
    def __init__(self, ch=2):
        super().__init__()
        self.down = nn.Conv2d(ch, ch, 3, stride=2)

    def construct(self, x):
        while x.mean() > 0.3:
            x = self.down(x)
        return x.sum()


def make():
    np.random.seed(3)
    return ShrinkUntilQuiet(), (Tensor(np.random.rand(1, 2, 16, 16).astype(np.float32)),)
