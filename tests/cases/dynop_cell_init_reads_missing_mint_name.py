# case: a Cell whose __init__ reads mint.long (a torch spelling 2.10's mint lacks) can never be built: its construct's boolean-mask indexing is never compiled
import numpy as np
import mindspore as ms
from mindspore import nn, Tensor, mint


class Helper(nn.Cell):
    def __init__(self):
        super().__init__()
        self.table = Tensor([0, 1, 1, 2], dtype=mint.long)

    def construct(self, x):
        return x[x > 0]


class Net(nn.Cell):
    def __init__(self):
        super().__init__()
        self.fc = nn.Dense(4, 4)

    def construct(self, x):
        return self.fc(x)


def make():
    return Net(), (Tensor(np.ones((2, 4), np.float32)),)
