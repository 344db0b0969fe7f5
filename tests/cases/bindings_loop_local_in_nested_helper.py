# case: a helper two calls deep reads a name its while loop body bound first
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class Nested(nn.Cell):
    def inner(self, x):
        i = 0
        while i < 3:
            y = x + i
            i += 1
        return y

    def outer(self, x):
        x = x * 3.0
        return self.inner(x)

    def construct(self, x):
        x = x - 1.0
        return self.outer(x)


def make():
    np.random.seed(3)
    return Nested(), (Tensor(np.random.rand(4).astype(np.float32)),)
