# case: drop GNSS daily positions whose residual exceeds 3 sigma with ops.masked_select before averaging uplift -> masked_select output is data-dependent
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


def robust_sigma(x):
    med = ops.median(x)[0]
    return 1.4826 * ops.median(ops.abs(x - med))[0]


class UpliftRate(nn.Cell):
    def __init__(self, n_sigma=3.0, days_per_year=365.25):
        super().__init__()
        self.n_sigma = n_sigma
        self.days_per_year = days_per_year

    def construct(self, up_mm, trend_mm):
        resid = up_mm - trend_mm
        sigma = robust_sigma(resid)
        keep = ops.abs(resid) < self.n_sigma * sigma
        clean = ops.masked_select(up_mm, keep)
        days = ops.masked_select(ops.arange(up_mm.shape[0]).astype(ms.float32), keep)
        slope = ((days - days.mean()) * (clean - clean.mean())).sum() / ((days - days.mean()) ** 2).sum()
        return slope * self.days_per_year


def make():
    np.random.seed(31)
    t = np.arange(120).astype(np.float32)
    up = 0.05 * t + np.random.randn(120).astype(np.float32)
    up[[10, 50, 90]] += 15.0
    trend = 0.05 * t
    return UpliftRate(), (Tensor(up.astype(np.float32)), Tensor(trend.astype(np.float32)))
