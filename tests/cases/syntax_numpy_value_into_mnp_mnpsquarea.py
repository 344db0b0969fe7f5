# case: a NumPy value computed from tensor data handed to `mnp.square(a)` in construct
import numpy as np
import mindspore as ms
import mindspore.numpy as mnp
from mindspore import nn, ops, Tensor


class Scale(nn.Cell):
    def construct(self, x):
        a = np.floor(x * 7.0)
        b = mnp.square(a)
        return b + 1.0


def make():
    return Scale(), (Tensor(np.array([0.1, 0.5, 0.9], np.float32)),)
