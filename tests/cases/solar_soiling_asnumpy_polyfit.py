# case: soiling loss estimator pulls the performance-ratio series to NumPy with asnumpy() and fits a line with np.polyfit inside construct -> host round trip, error in graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class SoilingRateEstimator(nn.Cell):
    """Estimates daily soiling rate (%/day) from a performance ratio series."""

    def __init__(self, days_per_step=1.0):
        super().__init__()
        self.days_per_step = days_per_step

    def performance_ratio(self, energy, irradiance, rated_kw):
        expected = irradiance / 1000.0 * rated_kw
        return energy / (expected + 1e-6)

    def construct(self, energy, irradiance, rated_kw):
        pr = self.performance_ratio(energy, irradiance, rated_kw)
        pr_np = pr.asnumpy()
        t = np.arange(pr_np.shape[0]) * self.days_per_step
        slope, intercept = np.polyfit(t, pr_np, 1)
        rate = Tensor(np.float32(slope / intercept * 100.0))
        return rate, pr


def make():
    np.random.seed(6)
    days = 30
    irr = np.random.uniform(4000, 6500, size=(days,)).astype(np.float32)
    pr_true = 0.85 - 0.002 * np.arange(days)
    energy = (irr / 1000.0 * 50.0 * pr_true).astype(np.float32)
    return SoilingRateEstimator(), (Tensor(energy), Tensor(irr), Tensor(np.float32(50.0)))
