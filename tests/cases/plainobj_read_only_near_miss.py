# case: a plain object's attribute set in __init__ is only read in construct -> LAX static; STRICT static
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
        self.state.count = 4

    def construct(self, x):
        scale = self.state.count * 2
        return x * scale


def make():
    return Net(), (Tensor(np.ones((2, 3), np.float32)),)
