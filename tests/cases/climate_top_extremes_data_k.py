# case: keep the largest daily rainfall values, as many as there are days above the wet-day threshold -> dynamic shape at line 20
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class HeavyRainIndex(nn.Cell):
    """Mean of the top wet-day rainfall totals (Rx-style index) for a regional series."""

    def __init__(self, wet_day_mm=1.0, fraction=0.5):
        super().__init__()
        self.wet_day_mm = wet_day_mm
        self.fraction = fraction

    def _n_top(self, rain):
        n_wet = (rain >= self.wet_day_mm).astype(ms.int32).sum()
        return ops.cast(n_wet * self.fraction, ms.int32) + 1

    def construct(self, rain):
        values, _ = ops.topk(rain, self._n_top(rain))
        return values.mean()


def make():
    rng = np.random.RandomState(19)
    rain = Tensor(rng.gamma(0.6, 4.0, size=(40,)).astype(np.float32))
    return HeavyRainIndex(), (rain,)
