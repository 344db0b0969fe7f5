# case: @ms.ms_function on a module-level function: the decorator is read when the module imports
import numpy as np
import mindspore as ms
from mindspore import nn, Tensor


@ms.ms_function
def double(x):
    return x * 2


class Net(nn.Cell):
    def construct(self, x):
        return double(x)


def make():
    return Net(), (Tensor(np.ones((2, 3), np.float32)),)
