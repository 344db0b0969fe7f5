# case: `self.n == self.limit` after the increment -> LAX dynamic at the write and the if
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, Parameter

LIMIT = 2


class Net(nn.Cell):
    def __init__(self):
        super().__init__()
        self.limit = 2
        self.n = 0

    def construct(self, x):
        self.n += 1
        if self.n == self.limit:
            y = x * 2
        else:
            y = x + 1
        pass
        return y


def make():
    return Net(), (Tensor(np.ones((2, 3), np.float32)),)
