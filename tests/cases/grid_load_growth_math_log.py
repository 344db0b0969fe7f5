# case: estimates annual load growth rate in a sub-Cell via math.log on float() of tensor ratios and extrapolates the peak -> error or fallback (host math on tensors)
import math
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class GrowthRate(nn.Cell):
    def __init__(self, years=5):
        super().__init__()
        self.years = years

    def construct(self, annual_peaks):
        ratio = float(annual_peaks[-1] / annual_peaks[0])
        return math.log(ratio) / (self.years - 1)


class PeakExtrapolator(nn.Cell):
    def __init__(self, years=5, ahead=3):
        super().__init__()
        self.growth = GrowthRate(years)
        self.ahead = ahead

    def construct(self, annual_peaks):
        g = self.growth(annual_peaks)
        factor = math.exp(g * self.ahead)
        return annual_peaks[-1] * factor


def make():
    np.random.seed(30)
    peaks = Tensor((100 * 1.03 ** np.arange(5) + np.random.randn(5)).astype(np.float32))
    return PeakExtrapolator(), (peaks,)
