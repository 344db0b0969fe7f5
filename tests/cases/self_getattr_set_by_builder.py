# case: getattr(self, "debug_stats", False) in construct, and the builder sets net.debug_stats = True: the host read compiles -> LAX falls back at asnumpy, STRICT rejects it
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


def make():
    net = Block()
    net.debug_stats = True
    return net, (Tensor(np.ones((2, 8), np.float32)),)
