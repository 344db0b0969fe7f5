# case: river gauge series replaces missing readings (NaN) with the series mean of valid readings using ops.where and masked sums -> static shapes
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class GaugeGapFiller(nn.Cell):
    def __init__(self, clip_max=5000.0):
        super().__init__()
        self.clip_max = clip_max

    def valid_mean(self, series, valid):
        vf = valid.astype(ms.float32)
        filled = ops.where(valid, series, ops.zeros_like(series))
        return filled.sum(axis=1, keepdims=True) / ops.clamp(vf.sum(axis=1, keepdims=True), min=1.0)

    def construct(self, series):
        valid = ops.logical_not(ops.isnan(series))
        mean = self.valid_mean(series, valid)
        out = ops.where(valid, series, mean.broadcast_to(series.shape))
        return ops.clamp(out, 0.0, self.clip_max)


def make():
    np.random.seed(3)
    q = np.random.gamma(2.0, 40.0, (5, 30)).astype(np.float32)
    q[np.random.rand(5, 30) < 0.15] = np.nan
    return GaugeGapFiller(), (Tensor(q),)
