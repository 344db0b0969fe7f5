# case: ACT-style halting converts the mean halting probability with float() and compares it in Python to decide whether to ponder one more step -> host conversion of a tensor, error or constant folding issue
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class PonderOnce(nn.Cell):
    def __init__(self, dim=12, threshold=0.5):
        super().__init__()
        self.cell = nn.Dense(dim, dim)
        self.halt = nn.Dense(dim, 1)
        self.threshold = threshold

    def construct(self, h):
        h = ops.tanh(self.cell(h))
        p_halt = float(ops.sigmoid(self.halt(h)).mean())
        if p_halt < self.threshold:
            h = ops.tanh(self.cell(h))
        return h * p_halt


def make():
    np.random.seed(18)
    h = Tensor(np.random.randn(3, 12).astype(np.float32))
    return PonderOnce(), (h,)
