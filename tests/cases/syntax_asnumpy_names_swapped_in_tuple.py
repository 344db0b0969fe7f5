# case: a value the interpreter computed from .asnumpy() and a graph value are rebound together in one tuple assignment of names -> LAX dynamic at the host copy, the tuple assignment and the subtraction
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class Net(nn.Cell):
    def construct(self, x):
        med = Tensor(np.median(x.asnumpy(), axis=1, keepdims=True))
        scale = x.max(axis=1, keepdims=True)
        a, b = med, scale
        return x - a, b


def make():
    return Net(), (Tensor(np.random.randn(4, 8).astype(np.float32)),)
