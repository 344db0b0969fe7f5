# case: while/else with a python counter
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

class Net(nn.Cell):
    def construct(self, x):
        i = 0
        while i < 2:
            x = x + 1
            i += 1
        else:
            x = x * 3
        return x


def make():
    return Net(), (Tensor(np.ones(3, np.float32)),)
