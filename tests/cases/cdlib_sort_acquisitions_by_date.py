# case: multi-temporal stack is reordered chronologically with argsort of the acquisition day-of-year and gathered along time before a first/last difference -> data-dependent order but static shapes, expect static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class SeriesConfig:
    def __init__(self, channels=4, reduce="last_minus_first"):
        self.channels = channels
        self.reduce = reduce


class ChronoDifference(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.reduce = config.reduce
        self.embed = nn.Conv2d(config.channels, config.channels, 1)

    def _chronological(self, series, doy):
        order = ops.argsort(doy.astype(ms.float32))
        return ops.gather(series, order, 0)

    def construct(self, series, doy):
        series = self._chronological(series, doy)
        feats = self.embed(series)
        if self.reduce == "last_minus_first":
            return feats[-1] - feats[0]
        return feats[1:] - feats[:-1]


def make():
    np.random.seed(44)
    series = Tensor(np.random.rand(5, 4, 12, 12).astype(np.float32))
    doy = Tensor(np.array([200, 45, 310, 120, 15], np.int32))
    return ChronoDifference(SeriesConfig()), (series, doy)
