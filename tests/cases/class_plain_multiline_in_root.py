# case: near miss for the call-site blame: the Cell compiled is the one building the class over two lines, so STRICT blames the class line itself
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


def make():
    return Head(), (Tensor(np.ones((2, 4), np.float32)),)
