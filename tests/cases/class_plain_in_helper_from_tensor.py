# case: helper method wraps a tensor in a plain Python class and reads it back
import numpy as np
import mindspore as ms
from mindspore import nn, Tensor


class Holder:
    def __init__(self, value):
        self.value = value


class Net(nn.Cell):
    def _wrap(self, x):
        return Holder(x * 2)

    def construct(self, x):
        h = self._wrap(x)
        return h.value + 1


def make():
    return Net(), (Tensor(np.ones(3, np.float32)),)
