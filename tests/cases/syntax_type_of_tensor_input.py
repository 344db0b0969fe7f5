# case: type() of a tensor input inside construct
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class Net(nn.Cell):
    def construct(self, x):
        kind = type(x)
        if kind is Tensor:
            x = x * 2
        return x


def make():
    return Net(), (Tensor(np.random.randn(2, 3).astype(np.float32)),)
