# case: ops.max_unpool1d with kernel_size=2, stride=2
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class Net(nn.Cell):
    def construct(self, x, indices):
        return ops.max_unpool1d(x, indices, kernel_size=2, stride=2, padding=0)


def make():
    return Net(), (Tensor(np.array([[2, 4, 6, 8]], np.float32)),
                   Tensor(np.array([[1, 3, 5, 7]], np.int64)))
