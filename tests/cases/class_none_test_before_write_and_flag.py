# case: near miss: `self.prev is None and self.on` before `self.prev = x` folds -> LAX dynamic only at the write
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, Parameter

LIMIT = 2


class Net(nn.Cell):
    def __init__(self):
        super().__init__()
        self.limit = 2
        self.on = True
        self.prev = None

    def construct(self, x):
        pass
        if self.prev is None and self.on:
            y = x * 2
        else:
            y = x + 1
        self.prev = x
        return y


def make():
    return Net(), (Tensor(np.ones((2, 3), np.float32)),)
