# case: estimates annual load growth with ops.log on tensor ratios per region and extrapolates the peak with ops.exp -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class GrowthRate(nn.Cell):
    def __init__(self, years=5):
        super().__init__()
        self.years = years

    def construct(self, annual_peaks):
        ratio = annual_peaks[:, -1] / annual_peaks[:, 0]
        return ops.log(ratio) / (self.years - 1)


class PeakExtrapolator(nn.Cell):
    def __init__(self, years=5, ahead=3):
        super().__init__()
        self.growth = GrowthRate(years)
        self.ahead = ahead

    def construct(self, annual_peaks):
        g = self.growth(annual_peaks)
        factor = ops.exp(g * self.ahead)
        return annual_peaks[:, -1] * factor, g


def make():
    np.random.seed(31)
    peaks = 100 * 1.03 ** np.arange(5)[None, :] * np.random.uniform(0.8, 1.2, size=(4, 1))
    return PeakExtrapolator(), (Tensor(peaks.astype(np.float32)),)
