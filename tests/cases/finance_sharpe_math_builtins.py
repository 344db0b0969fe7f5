# case: Sharpe/Sortino ratios computed with math.sqrt and float() on tensor statistics -> compile error at line 17
import math
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class RatioCalculator(nn.Cell):
    """Annualised Sharpe and Sortino ratios from daily excess returns."""

    def __init__(self, periods_per_year=252, risk_free=0.0):
        super().__init__()
        self.periods_per_year = periods_per_year
        self.risk_free = risk_free

    def annualize_vol(self, variance):
        return math.sqrt(float(variance) * self.periods_per_year)

    def construct(self, returns):
        excess = returns - self.risk_free / self.periods_per_year
        mean = excess.mean() * self.periods_per_year
        var = ((excess - excess.mean()) ** 2).mean()
        down_var = (ops.minimum(excess, 0.0) ** 2).mean()
        sharpe = mean / self.annualize_vol(var)
        sortino = mean / self.annualize_vol(down_var)
        return sharpe, sortino


def make():
    np.random.seed(15)
    r = (0.0005 + 0.01 * np.random.randn(120)).astype(np.float32)
    return RatioCalculator(), (Tensor(r),)
