# case: a value the interpreter computed (np.tanh of asnumpy) handed to a sub-Cell and to a helper method
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class Flux(nn.Cell):
    def construct(self, u):
        f = 0.5 * u * u
        return f + u


class Net(nn.Cell):
    def __init__(self):
        super().__init__()
        self.flux = Flux()

    def helper(self, u):
        g = u * 3.0
        return g

    def construct(self, x):
        u = np.tanh(x.asnumpy())
        y = self.flux(u)
        z = self.helper(u)
        return y, z


def make():
    return Net(), (Tensor(np.linspace(-1, 1, 6).astype(np.float32).reshape(2, 3)),)
