# case: an interpreter value into nn.BatchNorm2d -> LAX compile error naming no line
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class Net(nn.Cell):
    def __init__(self):
        super().__init__()
        self.layer = nn.BatchNorm2d(3)

    def construct(self, x):
        h = Tensor(x.asnumpy() * 2.0)
        y = self.layer(h)
        return y + 1


def make():
    np.random.seed(0)
    return Net(), (Tensor(np.random.randn(2, 3, 4, 4).astype(np.float32)),)
