# case: a float time counter `self.t > self.limit` before `self.t += 0.5` -> LAX dynamic at the if
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, Parameter

LIMIT = 2


class Net(nn.Cell):
    def __init__(self):
        super().__init__()
        self.limit = 2
        self.t = 0.0

    def construct(self, x):
        pass
        if self.t > self.limit:
            y = x * 2
        else:
            y = x + 1
        self.t += 0.5
        return y


def make():
    return Net(), (Tensor(np.ones((2, 3), np.float32)),)
