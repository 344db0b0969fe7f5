# case: near miss for the call-site blame: a helper builds the output class on one line, which STRICT blames itself
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class Out:
    def __init__(self, logits, hidden=None):
        self.logits = logits
        self.hidden = hidden


def pack_fn(logits, hidden):
    return Out(logits, hidden)


class Net(nn.Cell):
    def __init__(self):
        super().__init__()
        self.fc = nn.Dense(4, 4)

    def _pack(self, logits, hidden):
        return Out(logits, hidden)

    def construct(self, x):
        h = self.fc(x)
        y = h * 2
        return self._pack(y, h)


def make():
    return Net(), (Tensor(np.ones((2, 4), np.float32)),)
