# case: x.shape[0] and x.size read as attributes in construct: static Python ints
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class Net(nn.Cell):
    def construct(self, x):
        n = x.shape[0]
        total = x.size
        return ops.zeros((n, 2), ms.float32) + total


def make():
    return Net(), (Tensor(np.ones((3, 4), np.float32)),)
