# case: a .tolist() pair is unpacked into two numbers -> LAX dynamic at the tolist, the unpacking and the sum
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class Net(nn.Cell):
    def construct(self, x):
        vals = x[0, :2].asnumpy().tolist()
        a, b = vals
        return x * 2, a + b


def make():
    return Net(), (Tensor(np.random.randn(4, 8).astype(np.float32)),)
