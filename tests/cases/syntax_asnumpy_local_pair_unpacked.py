# case: a pair of Tensors made from .asnumpy() data is built in construct and unpacked on its own line -> LAX dynamic at the build, the unpacking and the use
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class Net(nn.Cell):
    def construct(self, x):
        arr = x.asnumpy()
        pair = (Tensor(arr * 2), Tensor(arr * 3))
        a, b = pair
        return x - a, b


def make():
    return Net(), (Tensor(np.random.randn(4, 8).astype(np.float32)),)
