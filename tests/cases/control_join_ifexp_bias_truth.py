# case: optional bias cast when truthy, else None (a tensor truth test on a one-element bias)
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class Net(nn.Cell):
    def construct(self, x, bias=None):
        b = ops.cast(bias, ms.float16) if bias else None
        return x, b


def make():
    return Net(), (Tensor(np.ones((2, 2), np.float32)), Tensor(np.ones((1,), np.float32)))
