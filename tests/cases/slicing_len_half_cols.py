# case: second half of the columns with a bound from len() of the first row
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

class RightHalf(nn.Cell):
    def construct(self, x):
        w = len(x[0])
        return x[:, w // 2:]


def make():
    return RightHalf(), (Tensor(np.linspace(-1, 1, 24, dtype=np.float32).reshape(6, 4)),)
