# case: slice() object used to index
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

class Net(nn.Cell):
    def construct(self, x):
        sl = slice(1, 3)
        return x[sl]


def make():
    return Net(), (Tensor(np.arange(5, dtype=np.float32)),)
