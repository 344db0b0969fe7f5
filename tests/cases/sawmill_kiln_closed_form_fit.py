# case: kiln drying model fits the exponential moisture decay with closed-form least squares written in MindSpore ops -> tensor ops only, static graph
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


def least_squares_line(x, y):
    xm = x.mean()
    ym = y.mean()
    slope = ((x - xm) * (y - ym)).sum() / ((x - xm) ** 2).sum()
    return slope, ym - slope * xm


class DryingRateEstimator(nn.Cell):
    def __init__(self, emc=0.08, n_hours=10):
        super().__init__()
        self.emc = emc
        self.hours = Tensor(np.arange(n_hours, dtype=np.float32))

    def construct(self, mc_curve):
        excess = ops.log(mc_curve - self.emc)
        slope, intercept = least_squares_line(self.hours, excess)
        return -slope, ops.exp(intercept) + self.emc


def make():
    np.random.seed(3210)
    t = np.arange(10, dtype=np.float32)
    curve = 0.08 + 0.5 * np.exp(-0.15 * t) + np.random.rand(10).astype(np.float32) * 0.005
    return DryingRateEstimator(), (Tensor(curve.astype(np.float32)),)
