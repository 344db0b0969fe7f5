# case: Cell imported via `from mindspore.nn import Cell` reads a tuple of per-level widths set in __init__ (near miss)
import numpy as np
import mindspore as ms
from mindspore import ops, Tensor
from mindspore.nn import Cell, Dense


class LevelProjector(Cell):
    def __init__(self):
        super().__init__()
        self.widths = (2, 3, 3)
        self.fc = Dense(8, sum(self.widths))

    def construct(self, x):
        y = self.fc(x)
        parts = ops.split(y, self.widths, axis=-1)
        return tuple(p.sum(axis=-1) for p in parts)


def make():
    return LevelProjector(), (Tensor(np.random.randn(3, 8).astype(np.float32)),)
