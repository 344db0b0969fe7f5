# case: a plain object's attribute is set to a constant, another attribute is read -> LAX dynamic at [18]; STRICT dynamic at [18]
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

class State:
    def __init__(self):
        self.count = 0
        self.total = 1.0


class Net(nn.Cell):
    def __init__(self):
        super().__init__()
        self.state = State()

    def construct(self, x):
        self.state.count = 5
        y = x * self.state.total
        return y


def make():
    return Net(), (Tensor(np.ones((2, 3), np.float32)),)
