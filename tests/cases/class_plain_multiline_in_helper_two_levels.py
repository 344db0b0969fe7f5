# case: a plain output class built over two lines in a helper that another helper calls: STRICT blames the call one level up, LAX the class line
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class Out:
    def __init__(self, logits, hidden=None):
        self.logits = logits
        self.hidden = hidden


class Net(nn.Cell):
    def __init__(self):
        super().__init__()
        self.fc = nn.Dense(4, 4)

    def _inner(self, logits, hidden):
        return Out(logits,
                   hidden)

    def _pack(self, logits, hidden):
        z = logits + 1
        return self._inner(z, hidden)

    def construct(self, x):
        h = self.fc(x)
        y = h * 2
        return self._pack(y, h)


def make():
    return Net(), (Tensor(np.ones((2, 4), np.float32)),)
