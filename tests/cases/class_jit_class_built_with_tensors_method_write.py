# case: a @jit_class accumulator built in construct from new Tensors, whose method replaces its tensor attribute -> STRICT refuses the method's call; LAX falls back at the write
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


@ms.jit_class
class Accumulator:
    def __init__(self, total):
        self.total = total

    def add(self, x):
        self.total = self.total + x.sum()


class Net(nn.Cell):
    def construct(self, xs):
        acc = Accumulator(ops.zeros((), ms.float32))
        for i in range(3):
            acc.add(xs[i])
        return acc.total * 2.0


def make():
    return Net(), (Tensor(np.ones((3, 4), np.float32)),)
