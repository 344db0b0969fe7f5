# case: engine health monitor counts low-EGT-margin cycles by multiplying with a 0/1 mask and summing -> fixed shapes, static in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class EgtMarginMonitor(nn.Cell):
    def __init__(self, egt_redline=950.0, alert_margin=25.0):
        super().__init__()
        self.egt_redline = egt_redline
        self.alert_margin = alert_margin

    def construct(self, egt_trace):
        margin = self.egt_redline - egt_trace
        low = (margin < self.alert_margin).astype(ms.float32)
        n_low = low.sum(axis=1)
        # mean margin over the low cycles only, safe when there are none
        low_margin_mean = (margin * low).sum(axis=1) / ops.maximum(n_low, 1.0)
        health = 1.0 - n_low / egt_trace.shape[1]
        return health, low_margin_mean


def make():
    np.random.seed(32)
    egt = 900 + 40 * np.random.rand(4, 50)
    return EgtMarginMonitor(), (Tensor(egt.astype(np.float32)),)
