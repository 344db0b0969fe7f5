# case: average night-time rest bouts using the combined mask as float weights (no selection) -> static shapes, Graph mode compiles
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class RestBoutSummaryWeighted(nn.Cell):
    def __init__(self, min_bout_min=5.0):
        super().__init__()
        self.min_bout_min = min_bout_min

    def construct(self, bout_minutes, night_mask):
        long_enough = ops.logical_and(bout_minutes > self.min_bout_min, night_mask)
        w = long_enough.astype(ms.float32)
        total = (bout_minutes * w).sum()
        count = w.sum()
        return total, total / (count + 1e-6)


def make():
    np.random.seed(152)
    bouts = np.random.exponential(12.0, size=(48,)).astype(np.float32)
    night = np.zeros(48, dtype=bool)
    night[:16] = True
    night[40:] = True
    return RestBoutSummaryWeighted(), (Tensor(bouts), Tensor(night))
