# case: average dye-bath exhaustion over only the samples where exhaustion passed the level threshold, via masked_select -> data-dependent output shape, expected dynamic or error
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ExhaustionSummary(nn.Cell):
    def __init__(self, level_threshold=0.6):
        super().__init__()
        self.level_threshold = level_threshold

    def exhaustion(self, c0, ct):
        return 1.0 - ct / c0

    def construct(self, c0, bath_series):
        # bath_series: (time,) residual dye concentration g/L
        e = self.exhaustion(c0, bath_series)
        passed = e > self.level_threshold
        late = ops.masked_select(e, passed)
        return late.mean(), e


def make():
    np.random.seed(13)
    t = np.arange(0, 60, 2, dtype=np.float32)
    ct = 2.0 * np.exp(-t / 18.0) + 0.02 * np.random.rand(t.size)
    return ExhaustionSummary(), (Tensor(np.float32(2.0)), Tensor(ct.astype(np.float32)))
