# case: wraps a rating-curve conversion in try/except to fall back to raw stage on errors -> try/except inside construct not supported in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class RatingCurve(nn.Cell):
    """Q = C * (h - h0)^b with a fallback when the conversion fails."""

    def __init__(self, c=12.0, h0=0.3, b=1.7):
        super().__init__()
        self.c = c
        self.h0 = h0
        self.b = b

    def construct(self, stage):
        try:
            head = ops.relu(stage - self.h0)
            discharge = self.c * ops.pow(head, self.b)
        except ValueError:
            discharge = stage
        return discharge


def make():
    np.random.seed(21)
    stage = np.random.uniform(0.5, 3.0, size=(4, 12)).astype(np.float32)
    return RatingCurve(), (Tensor(stage),)
