# case: a tensor `if` pools the field with a kernel and stride given by a constructor argument (default 2) or keeps it -> dynamic at the if
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class MaybeDownsample(nn.Cell):
    def __init__(self, factor=2, limit=0.5):
        super().__init__()
        self.down = nn.MaxPool2d(kernel_size=factor, stride=factor)
        self.limit = limit

    def construct(self, x):
        if x.std() > self.limit:
            y = self.down(x)
        else:
            y = x
        return y.mean(axis=1)


def make():
    x = Tensor(np.random.RandomState(5).randn(1, 2, 8, 8).astype(np.float32))
    return MaybeDownsample(), (x,)
