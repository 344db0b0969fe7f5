# case: summarize trap counts over weeks or traps, with the reduction axis chosen by a constructor config flag -> axis is a Python constant, Graph mode compiles
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class TrapSummary(nn.Cell):
    def __init__(self, per_trap=True):
        super().__init__()
        self.axis = 1 if per_trap else 0
        self.log1p = ops.Log1p()

    def construct(self, counts):
        totals = counts.sum(axis=self.axis)
        peak = counts.max(axis=self.axis)
        return self.log1p(totals), peak


def make():
    np.random.seed(132)
    counts = Tensor(np.random.poisson(3.0, size=(9, 6)).astype(np.float32))
    return TrapSummary(per_trap=True), (counts,)
