# case: construct stores a freshly built plain object on self
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

class Snapshot:
    def __init__(self, t):
        self.t = t


class Net(nn.Cell):
    def construct(self, x):
        self.snap = Snapshot(x)
        return x + 1


def make():
    return Net(), (Tensor(np.ones(3, np.float32)),)
