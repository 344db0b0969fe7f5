# case: ops.ReLU(x): the ReLU primitive's constructor takes no input
import numpy as np
from mindspore import nn, ops, Tensor


class Net(nn.Cell):
    def __init__(self):
        super().__init__()
        self.fc = nn.Dense(3, 3)

    def construct(self, x):
        h = ops.ReLU(self.fc(x))
        return h + 1


def make():
    return Net(), (Tensor(np.ones((2, 3), np.float32)),)
