# case: a plain object's counter is incremented, then Python arithmetic on it -> LAX dynamic at [18, 19, 20]; STRICT error at [19]
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
        scale = self.state.count * 2
        return x * scale


def make():
    return Net(), (Tensor(np.ones((2, 3), np.float32)),)
