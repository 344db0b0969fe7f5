# case: getattr(self, "trace", True) where the Cell never sets trace: the default turns the host read on -> LAX falls back at asnumpy, STRICT rejects it
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

class Block(nn.Cell):
    def __init__(self, dim=8):
        super().__init__()
        self.fc = nn.Dense(dim, dim)

    def construct(self, x):
        h = self.fc(x)
        if getattr(self, "trace", True):
            h = h * float(h.asnumpy().mean())
        return h


def make():
    return Block(), (Tensor(np.ones((2, 8), np.float32)),)
