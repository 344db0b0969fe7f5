# case: construct increments a plain object's counter, a helper method reads it -> LAX dynamic at [21]; STRICT dynamic at [21]
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

    def scale(self, x):
        return x * self.state.count

    def construct(self, x):
        self.state.count += 1
        y = self.scale(x)
        return y


def make():
    return Net(), (Tensor(np.ones((2, 3), np.float32)),)
