# case: Tensor.unique_consecutive method
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

class Runs(nn.Cell):
    def construct(self, v):
        return v.unique_consecutive()


def make():
    return Runs(), (Tensor(np.array([1, 1, 2, 2, 2, 3, 1], np.int32)),)
