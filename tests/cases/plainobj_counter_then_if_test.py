# case: a plain object's counter is incremented, then tested by an if -> LAX dynamic at [18, 19]; STRICT error at [19]
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
        self.state.count += 1
        if self.state.count > 2:
            x = x * 2
        return x + 1


def make():
    return Net(), (Tensor(np.ones((2, 3), np.float32)),)
