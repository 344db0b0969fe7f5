# case: getattr(self, "debug_stats", False) with __init__ storing self.debug_stats = True: the host read compiles -> LAX falls back at asnumpy, STRICT rejects it
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

class Block(nn.Cell):
    def __init__(self, dim=8, debug_stats=True):
        super().__init__()
        self.fc = nn.Dense(dim, dim)
        self.debug_stats = debug_stats

    def construct(self, x):
        h = self.fc(x)
        if getattr(self, "debug_stats", False):
            h = h * float(h.asnumpy().mean())
        return h


def make():
    return Block(), (Tensor(np.ones((2, 8), np.float32)),)
