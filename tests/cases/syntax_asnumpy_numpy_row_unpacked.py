# case: a NumPy row from .asnumpy() is unpacked into two numbers -> LAX dynamic at the host copy, the unpacking and the sum
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class Net(nn.Cell):
    def construct(self, x):
        rect = np.abs(x.asnumpy()[0, :2])
        a, b = rect
        return x * 2, a + b


def make():
    return Net(), (Tensor(np.random.randn(4, 8).astype(np.float32)),)
