# case: PyTorch-style x.shape(0) in construct: Tensor.shape is a tuple, not a method
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class Net(nn.Cell):
    def construct(self, x):
        n = x.shape(0)
        return ops.zeros((n, 2), ms.float32)


def make():
    return Net(), (Tensor(np.ones((3, 4), np.float32)),)
