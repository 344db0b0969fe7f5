# case: max() of two floats from asnumpy
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class Net(nn.Cell):
    def __init__(self, names=(0.5, 1.0, 2.0)):
        super().__init__()
        self.names = names

    def construct(self, x):
        k = ops.argmax(x.sum(axis=1))
        a = float(x.sum().asnumpy())
        b = float(x.mean().asnumpy())
        m = max(a, b)
        return x * m


def make():
    np.random.seed(2)
    return Net(), (Tensor(np.random.rand(3, 4).astype(np.float32)),)
