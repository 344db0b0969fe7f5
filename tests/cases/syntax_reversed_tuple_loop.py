# case: loop over reversed() of a constant tuple
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

class Net(nn.Cell):
    def construct(self, x):
        acc = x
        for s in reversed((1.0, 2.0, 3.0)):
            acc = acc * s
        return acc


def make():
    return Net(), (Tensor(np.ones(3, np.float32)),)
