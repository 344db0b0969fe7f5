# case: monthly energy tracker compares cumulative measured vs expected energy with ops.cumsum and flags the shortfall days via a float mask -> static shapes
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ShortfallTracker(nn.Cell):
    def __init__(self, pr_target=0.8, tolerance=0.05):
        super().__init__()
        self.pr_target = pr_target
        self.tolerance = tolerance

    def construct(self, measured_kwh, irradiation_kwh_m2, area_eff_m2):
        expected = irradiation_kwh_m2 * area_eff_m2 * self.pr_target
        cum_meas = ops.cumsum(measured_kwh, axis=-1)
        cum_exp = ops.cumsum(expected, axis=-1)
        gap = (cum_exp - cum_meas) / (cum_exp + 1e-6)
        short_days = (gap > self.tolerance).astype(ms.float32)
        return gap, short_days.sum(axis=-1)


def make():
    np.random.seed(33)
    days = 30
    irr = np.random.uniform(3.5, 6.5, size=(2, days)).astype(np.float32)
    meas = (irr * 40.0 * np.random.uniform(0.7, 0.85, size=(2, days))).astype(np.float32)
    return ShortfallTracker(), (Tensor(meas), Tensor(irr), Tensor(np.float32(40.0)))
