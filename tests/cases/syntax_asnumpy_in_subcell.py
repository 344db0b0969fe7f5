# case: sub-Cell converts its input with asnumpy
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

class Probe(nn.Cell):
    def construct(self, x):
        a = x.asnumpy()
        return Tensor(a * 2)


class Net(nn.Cell):
    def __init__(self):
        super().__init__()
        self.p = Probe()

    def construct(self, x):
        return self.p(x) + 1


def make():
    return Net(), (Tensor(np.ones(3, np.float32)),)
