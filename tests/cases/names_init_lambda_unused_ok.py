# case: __init__ keeps a lambda that reads a removed name but never calls it: building succeeds
import numpy as np
from mindspore import nn, Tensor


class Net(nn.Cell):
    def __init__(self):
        super().__init__()
        self.legacy = lambda: nn.ResizeBilinear()
        self.act = nn.ReLU()

    def construct(self, x):
        return self.act(x) + 1


def make():
    return Net(), (Tensor(np.ones((2, 3), np.float32)),)
