# case: mindspore.numpy.bincount of a Python list constant, without length
import numpy as np
import mindspore as ms
import mindspore.numpy as mnp
from mindspore import nn, ops, Tensor


class Net(nn.Cell):
    def construct(self, x):
        counts = mnp.bincount([0, 1, 1, 3, 2, 1])
        return x * counts


def make():
    return Net(), (Tensor(np.ones(4, np.float32)),)
