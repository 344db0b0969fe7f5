# case: mint.dstack of a tuple of two 1-D tensors
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, mint


class Net(nn.Cell):
    def construct(self, a, b):
        return mint.dstack((a, b))


def make():
    return Net(), (Tensor(np.array([1.0, 2.0, 3.0], np.float32)),
                   Tensor(np.array([4.0, 5.0, 6.0], np.float32)))
