# case: .asnumpy() on line 9 before a try statement on line 11
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class Net(nn.Cell):
    def construct(self, x):
        y = x.asnumpy()
        z = Tensor(y) * 2
        try:
            z = z + 1
        except ValueError:
            z = z - 1
        return z


def make():
    return Net(), (Tensor(np.ones((2, 3), np.float32)),)
