# case: a tensor bound inside a loop over range(self.n) and returned after it (hazard)
import numpy as np
from mindspore import nn, Tensor


class Net(nn.Cell):
    def __init__(self):
        super().__init__()
        self.n = 2

    def construct(self, x):
        for _ in range(self.n):
            y = x * 2
        return y


def make():
    return Net(), (Tensor(np.ones((1, 2), np.float32)),)
