# case: a Tensor is stored on a plain object and returned from it -> LAX dynamic at [18, 19]; STRICT crash
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

class State:
    def __init__(self):
        self.count = 0
        self.total = 0.0


class Net(nn.Cell):
    def __init__(self):
        super().__init__()
        self.state = State()

    def construct(self, x):
        self.state.total = x.sum()
        return x + 1, self.state.total


def make():
    return Net(), (Tensor(np.ones((2, 3), np.float32)),)
