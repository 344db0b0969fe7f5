# case: print with str.format of a tensor
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

class Net(nn.Cell):
    def construct(self, x):
        print("x = {}".format(x))
        return x + 1


def make():
    return Net(), (Tensor(np.ones(3, np.float32)),)
