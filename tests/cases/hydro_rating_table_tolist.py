# case: converts a stage series to a Python list with tolist and looks up discharge in a Python rating table row by row -> host round trip (.tolist) in construct
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class RatingTableLookup(nn.Cell):
    """Piecewise rating table: stage breakpoints (m) -> discharge (m3/s)."""

    def __init__(self):
        super().__init__()
        self.breaks = [0.5, 1.0, 1.5, 2.0, 3.0]
        self.flows = [2.0, 8.0, 20.0, 45.0, 120.0]

    def lookup(self, h):
        for b, q in zip(self.breaks, self.flows):
            if h <= b:
                return q
        return self.flows[-1]

    def construct(self, stage):
        values = stage.tolist()
        discharge = [self.lookup(h) for h in values]
        return Tensor(discharge, ms.float32)


def make():
    np.random.seed(28)
    stage = np.random.uniform(0.3, 3.2, size=(10,)).astype(np.float32)
    return RatingTableLookup(), (Tensor(stage),)
