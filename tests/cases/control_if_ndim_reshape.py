# case: rank-dependent reshape chosen by x.ndim
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

class Flat(nn.Cell):
    def construct(self, x):
        if x.ndim > 1:
            x = x.reshape(x.shape[0], -1)
        return x


def make():
    return Flat(), (Tensor(np.ones((2, 3, 4), np.float32)),)
