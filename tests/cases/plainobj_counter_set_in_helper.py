# case: a helper method increments a plain object's counter -> LAX dynamic at [18]; STRICT dynamic at [18]
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

    def tick(self):
        self.state.count += 1

    def construct(self, x):
        self.tick()
        y = x * 3
        return y


def make():
    return Net(), (Tensor(np.ones((2, 3), np.float32)),)
