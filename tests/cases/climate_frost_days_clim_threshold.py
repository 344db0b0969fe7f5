# case: count frost days and warm-spell days per grid cell against climatological thresholds -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ClimateIndexCounter(nn.Cell):
    """ETCCDI-like indices: frost days (tmin < 0C) and days with tmax above the local p90."""

    def __init__(self, tmax_p90, freezing=273.15, return_fraction=False):
        super().__init__()
        self.tmax_p90 = Tensor(tmax_p90)
        self.freezing = freezing
        self.return_fraction = return_fraction

    def _count(self, flags):
        n = flags.astype(ms.float32).sum(axis=0)
        if self.return_fraction:
            return n / flags.shape[0]
        return n

    def construct(self, tmin, tmax):
        frost = self._count(tmin < self.freezing)
        warm = self._count(tmax > self.tmax_p90[None])
        both = ops.logical_and(tmin < self.freezing, tmax > self.tmax_p90[None])
        return frost, warm, self._count(both)


def make():
    rng = np.random.RandomState(106)
    p90 = (285 + rng.rand(4, 5)).astype(np.float32)
    tmin = Tensor((272 + 3 * rng.randn(20, 4, 5)).astype(np.float32))
    tmax = Tensor((282 + 4 * rng.randn(20, 4, 5)).astype(np.float32))
    return ClimateIndexCounter(p90), (tmin, tmax)
