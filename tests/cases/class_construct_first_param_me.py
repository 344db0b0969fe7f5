# case: a construct whose first parameter is named me (a port of an autograd Function) is the Cell under another name: writing ctx.attr is not a Tensor attribute write; graph mode fails at the call instead
import numpy as np
import mindspore as ms
from mindspore import nn, Tensor


class FixedMul(nn.Cell):
    def construct(me, x, scale):
        me.saved = scale
        return x * scale


class Net(nn.Cell):
    def __init__(self):
        super().__init__()
        self.mul = FixedMul()

    def construct(self, x):
        return self.mul(x, x)


def make():
    return Net(), (Tensor(np.ones((2, 3), np.float32)),)
