# case: a sub-Cell's construct builds a plain output class over two lines: STRICT blames the parent's call of the sub-Cell
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class Out:
    def __init__(self, logits, hidden=None):
        self.logits = logits
        self.hidden = hidden


class Head(nn.Cell):
    def __init__(self):
        super().__init__()
        self.fc = nn.Dense(4, 4)

    def construct(self, x):
        h = self.fc(x)
        return Out(h * 2,
                   h)


class Net(nn.Cell):
    def __init__(self):
        super().__init__()
        self.head = Head()

    def construct(self, x):
        y = x + 1
        out = self.head(y)
        return out


def make():
    return Net(), (Tensor(np.ones((2, 4), np.float32)),)
