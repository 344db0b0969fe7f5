# case: min() of tensor data on line 9 (STRICT failure) before a name bound in one branch of a tensor if and read after (line 12-14)
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class Net(nn.Cell):
    def construct(self, x, n):
        k = min(n.sum(), 3)
        if x.sum() > 0:
            y = x * 2
        return y + k


def make():
    return Net(), (Tensor(np.ones((2, 3), np.float32)), Tensor(np.ones(2, np.int32)))
