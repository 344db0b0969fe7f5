# case: near miss: `self.n < 2.0` before the increment folds -> LAX dynamic only at the write
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, Parameter

LIMIT = 2


class Net(nn.Cell):
    def __init__(self):
        super().__init__()
        self.limit = 2
        self.on = True
        self.n = 0

    def construct(self, x):
        pass
        if self.n < 2.0:
            y = x * 2
        else:
            y = x + 1
        self.n += 1
        return y


def make():
    return Net(), (Tensor(np.ones((2, 3), np.float32)),)
