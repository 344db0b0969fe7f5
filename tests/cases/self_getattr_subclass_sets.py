# case: base Cell reads getattr(self, "debug_stats", False); the subclass that is built stores self.debug_stats = True: the host read compiles -> LAX falls back at asnumpy, STRICT rejects it
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

class Block(nn.Cell):
    def __init__(self, dim=8):
        super().__init__()
        self.fc = nn.Dense(dim, dim)

    def construct(self, x):
        h = self.fc(x)
        if getattr(self, "debug_stats", False):
            h = h * float(h.asnumpy().mean())
        return h


class DebugBlock(Block):
    def __init__(self, dim=8):
        super().__init__(dim)
        self.debug_stats = True


def make():
    return DebugBlock(), (Tensor(np.ones((2, 8), np.float32)),)
