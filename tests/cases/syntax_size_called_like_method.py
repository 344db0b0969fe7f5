# case: PyTorch-style x.size(1) in construct: Tensor.size is the element count, not a method
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class Net(nn.Cell):
    def construct(self, x):
        cols = x.size(1)
        return x.reshape(-1, cols)


def make():
    return Net(), (Tensor(np.ones((3, 4), np.float32)),)
