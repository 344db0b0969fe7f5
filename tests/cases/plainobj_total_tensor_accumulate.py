# case: a plain object's attribute accumulates a Tensor, read only before the write -> LAX dynamic at [18]; STRICT dynamic at [18]
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
        self.state.total = self.state.total + x.sum()
        out = x * 2
        return out


def make():
    return Net(), (Tensor(np.ones((2, 3), np.float32)),)
