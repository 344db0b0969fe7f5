# case: near miss: `not self.flag and self.on` before `self.flag = True` folds -> LAX dynamic only at the write
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, Parameter

LIMIT = 2


class Net(nn.Cell):
    def __init__(self):
        super().__init__()
        self.limit = 2
        self.on = True
        self.flag = False

    def construct(self, x):
        pass
        if not self.flag and self.on:
            y = x * 2
        else:
            y = x + 1
        self.flag = True
        return y


def make():
    return Net(), (Tensor(np.ones((2, 3), np.float32)),)
