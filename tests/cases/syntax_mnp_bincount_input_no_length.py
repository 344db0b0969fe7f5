# case: mindspore.numpy.bincount of a construct input without length
import numpy as np
import mindspore as ms
import mindspore.numpy as mnp
from mindspore import nn, ops, Tensor


class Net(nn.Cell):
    def construct(self, x):
        return mnp.bincount(x)


def make():
    return Net(), (Tensor(np.array([0, 1, 1, 3, 2, 1], np.int32)),)
