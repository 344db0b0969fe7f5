# case: summarize trap counts over either weeks or traps, with the reduction axis read from a tensor-valued mode flag -> reduce axis from tensor data, Graph mode should reject
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class TrapSummary(nn.Cell):
    def __init__(self):
        super().__init__()
        self.log1p = ops.Log1p()

    def construct(self, counts, axis_flag):
        # counts: (traps, weeks)
        axis = int(axis_flag)
        totals = counts.sum(axis=axis)
        return self.log1p(totals)


def make():
    np.random.seed(131)
    counts = Tensor(np.random.poisson(3.0, size=(9, 6)).astype(np.float32))
    return TrapSummary(), (counts, Tensor(1, ms.int32))
