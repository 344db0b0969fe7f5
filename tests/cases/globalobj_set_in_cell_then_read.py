# case: construct stores a Tensor on a module-level plain object, then subtracts it -> LAX dynamic at [17]; STRICT error at [19]
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
        STATE.total = x.max()
        y = x * 2
        return y - STATE.total


def make():
    return Net(), (Tensor(np.ones((2, 3), np.float32)),)
