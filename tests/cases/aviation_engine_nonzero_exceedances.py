# case: engine health monitor lists the cycles where EGT margin dropped below limit using ops.nonzero -> data-dependent number of rows, dynamic shape or rejected
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class EgtMarginMonitor(nn.Cell):
    def __init__(self, egt_redline=950.0, smoothing=3):
        super().__init__()
        self.egt_redline = egt_redline
        self.smoothing = smoothing
        self.pool = nn.AvgPool1d(kernel_size=smoothing, stride=1, pad_mode="same")

    def smoothed(self, egt):
        return self.pool(egt.expand_dims(1)).squeeze(1)

    def construct(self, egt_trace):
        egt = self.smoothed(egt_trace)             # (engines, cycles)
        margin = self.egt_redline - egt
        low = (margin < 25.0).astype(ms.int32)
        where_low = ops.nonzero(low)               # (n_events, 2)
        return where_low, margin.min(axis=1)


def make():
    np.random.seed(31)
    egt = 900 + 40 * np.random.rand(4, 50)
    return EgtMarginMonitor(), (Tensor(egt.astype(np.float32)),)
