# case: construct increments a counter of a module-level plain object -> LAX dynamic at [17]; STRICT error at [17]
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

class State:
    def __init__(self):
        self.count = 0
        self.total = 1.0


STATE = State()


class Net(nn.Cell):
    def construct(self, x):
        STATE.count += 1
        y = x * 2
        return y


def make():
    return Net(), (Tensor(np.ones((2, 3), np.float32)),)
