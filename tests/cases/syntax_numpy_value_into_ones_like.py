# case: a NumPy value computed from tensor data handed to ops.ones_like -> LAX error?
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class Pad(nn.Cell):
    def construct(self, x):
        a = np.floor(x * 7.0)
        z = ops.ones_like(a)
        return z + x


def make():
    return Pad(), (Tensor(np.array([0.1, 0.5, 0.9], np.float32)),)
