# case: a helper builds a plain output class with one keyword per line (the usual model-library style): STRICT blames construct's call of the helper
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

    def _pack(self, logits, hidden):
        out = Out(
            logits=logits,
            hidden=hidden,
        )
        return out

    def construct(self, x):
        h = self.fc(x)
        y = h * 2
        res = self._pack(y, h)
        return res


def make():
    return Net(), (Tensor(np.ones((2, 4), np.float32)),)
