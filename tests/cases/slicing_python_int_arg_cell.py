# case: Cell called with Python int k, slicing 2-D rows (near miss)
import numpy as np
import mindspore as ms
from mindspore import nn, Tensor


class Rows(nn.Cell):
    def construct(self, x, k):
        return x[:k, 1:]


def make():
    return Rows(), (Tensor(np.ones((5, 3), np.float32)), 2)
