# case: a plain object's int counter held by the Cell is incremented in construct and never read -> LAX dynamic at [18]; STRICT dynamic at [18]
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
        self.state.count += 1
        return x * 2


def make():
    return Net(), (Tensor(np.ones((2, 3), np.float32)),)
