# case: three-state volatility regime labels and regime-dependent exposure via ops.where thresholds -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class VolRegime(nn.Cell):
    """Classifies each date as calm / normal / stressed and scales exposure accordingly."""

    def __init__(self, low=0.01, high=0.025, span=5, exposures=(1.2, 1.0, 0.4)):
        super().__init__()
        self.low = low
        self.high = high
        self.span = span
        self.exposures = exposures

    def rolling_abs(self, returns):
        pad = ops.zeros((returns.shape[0], self.span - 1), returns.dtype)
        padded = ops.concat((pad, ops.abs(returns)), axis=1)
        acc = padded[:, self.span - 1:]
        for lag in range(1, self.span):
            acc = acc + padded[:, self.span - 1 - lag:padded.shape[1] - lag]
        return acc / self.span

    def construct(self, returns):
        vol = self.rolling_abs(returns)
        regime = ops.where(vol < self.low, 0, ops.where(vol > self.high, 2, 1))
        calm, normal, stress = self.exposures
        expo = ops.where(regime == 0, calm, ops.where(regime == 2, stress, normal))
        return regime, expo * returns


def make():
    np.random.seed(25)
    r = (0.02 * np.random.randn(2, 30)).astype(np.float32)
    return VolRegime(), (Tensor(r),)
