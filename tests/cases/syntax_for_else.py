# case: for/else over a constant range
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

class Net(nn.Cell):
    def construct(self, x):
        for i in range(2):
            x = x + i
        else:
            x = x - 1
        return x


def make():
    return Net(), (Tensor(np.ones(3, np.float32)),)
