# case: down-weight GNSS outlier days with three-argument ops.select before a weighted uplift fit -> fixed shapes, Graph mode should compile
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class WeightedUpliftRate(nn.Cell):
    def __init__(self, n_sigma=3.0, days_per_year=365.25):
        super().__init__()
        self.n_sigma = n_sigma
        self.days_per_year = days_per_year

    def construct(self, up_mm, trend_mm):
        resid = up_mm - trend_mm
        sigma = ops.sqrt((resid * resid).mean())
        keep = ops.abs(resid) < self.n_sigma * sigma
        w = ops.select(keep, ops.ones_like(up_mm), ops.zeros_like(up_mm))
        days = ops.arange(up_mm.shape[0]).astype(ms.float32)
        wsum = w.sum()
        d_bar = (w * days).sum() / wsum
        u_bar = (w * up_mm).sum() / wsum
        slope = (w * (days - d_bar) * (up_mm - u_bar)).sum() / (w * (days - d_bar) ** 2).sum()
        return slope * self.days_per_year


def make():
    np.random.seed(32)
    t = np.arange(120).astype(np.float32)
    up = 0.05 * t + np.random.randn(120).astype(np.float32)
    up[[10, 50, 90]] += 15.0
    return WeightedUpliftRate(), (Tensor(up.astype(np.float32)), Tensor((0.05 * t).astype(np.float32)))
