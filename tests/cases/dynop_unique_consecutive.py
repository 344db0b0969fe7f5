# case: ops.unique_consecutive
import numpy as np
import mindspore as ms
from mindspore import nn, ops, mint, Tensor


class Net(nn.Cell):
    def construct(self, v):
        return ops.unique_consecutive(v)


def make():
    return Net(), (Tensor(np.array([3, 1, 3, 2, 1, 1], np.int32)),)
