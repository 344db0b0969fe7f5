# case: a plain class instantiated from constants inside construct (hazard?)
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class Options:
    def __init__(self, scale):
        self.scale = scale


class Net(nn.Cell):
    def construct(self, x):
        opts = Options(2.0)
        return x * opts.scale


def make():
    return Net(), (Tensor(np.arange(6, dtype=np.float32).reshape(2, 3)),)
