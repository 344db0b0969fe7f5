# case: average night-time rest bouts of a tracked animal by selecting bouts longer than a minimum with ops.masked_select -> output length depends on data, Graph mode dynamic or error
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class RestBoutSummary(nn.Cell):
    def __init__(self, min_bout_min=5.0):
        super().__init__()
        self.min_bout_min = min_bout_min

    def construct(self, bout_minutes, night_mask):
        long_enough = ops.logical_and(bout_minutes > self.min_bout_min, night_mask)
        bouts = ops.masked_select(bout_minutes, long_enough)
        total = bouts.sum()
        return total, total / (bouts.shape[0] + 1e-6)


def make():
    np.random.seed(151)
    bouts = np.random.exponential(12.0, size=(48,)).astype(np.float32)
    night = np.zeros(48, dtype=bool)
    night[:16] = True
    night[40:] = True
    return RestBoutSummary(), (Tensor(bouts), Tensor(night))
