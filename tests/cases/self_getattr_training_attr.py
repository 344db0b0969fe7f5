# case: getattr(self, "training", False) names a Cell attribute that set_train(True) turns on: the host read compiles -> LAX falls back at asnumpy, STRICT rejects it
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

class Block(nn.Cell):
    def __init__(self, dim=8):
        super().__init__()
        self.fc = nn.Dense(dim, dim)

    def construct(self, x):
        h = self.fc(x)
        if getattr(self, "training", False):
            h = h * float(h.asnumpy().mean())
        return h


def make():
    net = Block()
    net.set_train(True)
    return net, (Tensor(np.ones((2, 8), np.float32)),)
