# case: getattr(self, "debug_stats", False) in construct, nothing in the module ever sets that attribute: the host dump is never compiled -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

class Block(nn.Cell):
    def __init__(self, dim=8):
        super().__init__()
        self.fc = nn.Dense(dim, dim)

    def _dump(self, h):
        print("stats", float(h.asnumpy().mean()))

    def construct(self, x):
        h = self.fc(x)
        if getattr(self, "debug_stats", False):
            self._dump(h)
        return h


def make():
    return Block(), (Tensor(np.ones((2, 8), np.float32)),)
