# case: a call's arguments continued at column 0 inside a @jit method of a Cell
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class Net(nn.Cell):
    @ms.jit
    def step(self, x):
        return ops.concat((x,
x), axis=0)

    def construct(self, x):
        return self.step(x)


def make():
    return Net(), (Tensor(np.ones((2, 3), np.float32)),)
