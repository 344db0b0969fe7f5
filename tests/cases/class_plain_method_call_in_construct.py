# case: method of a plain (non jit_class) helper object stored in __init__ called from construct with tensor args; the method body is parsed as graph code -> static at LAX and STRICT
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class Clipper:
    def __init__(self, lo, hi):
        self.lo = lo
        self.hi = hi

    def apply(self, x):
        return ops.clamp(x, self.lo, self.hi)


class ClipHead(nn.Cell):
    def __init__(self, lo=-1.0, hi=1.0):
        super().__init__()
        self.clipper = Clipper(lo, hi)
        self.fc = nn.Dense(8, 4)

    def construct(self, x):
        y = self.fc(x)
        y = self.clipper.apply(y)
        return y.sum(axis=1)


def make():
    return ClipHead(), (Tensor(np.random.randn(3, 8).astype(np.float32)),)
