# case: ops.max_unpool2d with kernel_size=1, stride=1 on a 4-D input
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class Net(nn.Cell):
    def construct(self, x, indices):
        return ops.max_unpool2d(x, indices, kernel_size=1, stride=1, padding=0)


def make():
    return Net(), (Tensor(np.array([[[[0, 1], [8, 9]]]], np.float32)),
                   Tensor(np.array([[[[0, 1], [2, 3]]]], np.int64)))
