import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

# case: v6 jit_class built in construct from constants, Tensor attribute replaced by a tensor
@ms.jit_class
class Stats:
    def __init__(self):
        self.mean = Tensor(np.zeros(3, np.float32))


class Net(nn.Cell):
    def construct(self, x):
        s = Stats()
        s.mean = x.mean(axis=0)
        return x - s.mean


def make():
    return Net(), (Tensor(np.ones((4, 3), np.float32)),)
