# case: ops.permute with axes read out of a tensor
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

class Swap(nn.Cell):
    def construct(self, x, order):
        return ops.permute(x, (order[0], order[1]))


def make():
    return Swap(), (Tensor(np.linspace(-3, 3, 12, dtype=np.float32).reshape(3, 4)), Tensor(np.array([1, 0], np.int64)))
