# case: type(x) compared with Tensor
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

class Net(nn.Cell):
    def construct(self, x):
        if type(x) == Tensor:
            return x + 1
        return x


def make():
    return Net(), (Tensor(np.ones(3, np.float32)),)
