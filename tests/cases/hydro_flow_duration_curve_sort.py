# case: flow duration curve from a sorted discharge record, reading fixed exceedance percentiles by index computed from x.shape -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class FlowDurationCurve(nn.Cell):
    """Q5, Q50 and Q95 exceedance flows per gauge."""

    def __init__(self, exceedance=(0.05, 0.5, 0.95)):
        super().__init__()
        self.exceedance = exceedance

    def percentile_indices(self, n):
        return [min(int(p * (n - 1)), n - 1) for p in self.exceedance]

    def construct(self, discharge):
        # discharge: (gauges, days)
        sorted_q, _ = ops.sort(discharge, axis=1, descending=True)
        idx = self.percentile_indices(discharge.shape[1])
        picks = [sorted_q[:, i] for i in idx]
        fdc = ops.stack(picks, axis=1)
        slope = (ops.log(fdc[:, 0]) - ops.log(fdc[:, 2])) / (self.exceedance[2] - self.exceedance[0])
        return fdc, slope


def make():
    np.random.seed(38)
    q = np.random.lognormal(2.0, 0.8, size=(4, 60)).astype(np.float32)
    return FlowDurationCurve(), (Tensor(q),)
