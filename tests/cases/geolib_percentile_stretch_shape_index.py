# case: 2-98 percentile display stretch sorts each band's pixels and indexes the sorted values at int(0.98 * (n - 1)) with n from x.shape -> looks data-driven but is a shape constant, static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

LOW_PCT, HIGH_PCT = 0.02, 0.98


def percentile_position(n, q):
    return int(q * (n - 1))


class StretchConfig:
    def __init__(self, low=LOW_PCT, high=HIGH_PCT, gamma=None):
        self.low = low
        self.high = high
        self.gamma = gamma


class PercentileStretch(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.low = config.low
        self.high = config.high
        self.gamma = config.gamma

    def construct(self, rgb):
        b, c, h, w = rgb.shape
        flat = rgb.reshape(b, c, h * w)
        srt, _ = ops.sort(flat, axis=-1)
        lo = srt[:, :, percentile_position(h * w, self.low)].reshape(b, c, 1, 1)
        hi = srt[:, :, percentile_position(h * w, self.high)].reshape(b, c, 1, 1)
        out = ops.clamp((rgb - lo) / (hi - lo + 1e-6), 0.0, 1.0)
        if self.gamma is not None:
            out = ops.pow(out, 1.0 / self.gamma)
        return out


def make():
    np.random.seed(3390)
    rgb = Tensor((np.random.rand(2, 3, 20, 20) * 0.3).astype(np.float32))
    return PercentileStretch(StretchConfig()), (rgb,)
