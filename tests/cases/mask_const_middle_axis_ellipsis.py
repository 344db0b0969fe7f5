# case: the same constant bool mask on the middle axis with the rest spelled out (x[:, m, ...]): dynamic at both levels, no failure
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class Net(nn.Cell):
    def __init__(self):
        super().__init__()
        self.m = Tensor(np.arange(8) % 3 == 0)

    def construct(self, x):
        y = x[:, self.m, ...]
        return y.sum()


def make():
    return Net(), (Tensor(np.random.rand(3, 8, 4).astype(np.float32)),)
