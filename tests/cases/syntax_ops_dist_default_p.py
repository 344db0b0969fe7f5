# case: ops.dist of two float32 tensors with the default p
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class Net(nn.Cell):
    def construct(self, x, y):
        return ops.dist(x, y)


def make():
    return Net(), (Tensor(np.array([[1.0, 1.0], [2.0, 2.0]], np.float32)),
                   Tensor(np.array([[3.0, 3.0], [3.0, 3.0]], np.float32)))
