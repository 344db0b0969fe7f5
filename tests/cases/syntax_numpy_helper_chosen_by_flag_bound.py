# case: a flag decided while compiling picks a helper's NumPy result (x if not flag): the line binding it only hands the interpreter's value on, so LAX marks the helper's NumPy line alone
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class Accumulate(nn.Cell):
    def __init__(self, absolute=True):
        super().__init__()
        self.proj = nn.Dense(4, 2)
        self.absolute = absolute

    def _running(self, offsets):
        return Tensor(np.cumsum(offsets, axis=1))

    def construct(self, h):
        offsets = self.proj(h)
        coords = self._running(offsets) if self.absolute else offsets
        return coords


def make():
    return Accumulate(), (Tensor(np.random.randn(2, 5, 4).astype(np.float32)),)
