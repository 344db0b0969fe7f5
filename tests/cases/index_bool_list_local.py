# case: a local list of bools as an index on axis 1
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class Net(nn.Cell):
    def construct(self, x, n):
        keep = [True, False, True, True, False, True, True, True]
        return x[:, keep] * 2


def make():
    return Net(), (Tensor(np.ones((4, 8), np.float32)), Tensor(3, ms.int32))
