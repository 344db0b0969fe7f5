# case: per-channel stats over valid samples gathered with masked_select from a missing-sample mask -> dynamic shape at line 21
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ValidSampleStats(nn.Cell):
    """Computes robust stats per sensor channel, ignoring dropped samples."""

    def __init__(self, num_channels=4, fill_value=0.0):
        super().__init__()
        self.num_channels = num_channels
        self.fill_value = fill_value
        self.isnan = ops.IsNan()

    def _valid(self, window):
        return ops.logical_not(self.isnan(window))

    def _channel_stats(self, series, valid):
        clean = ops.masked_fill(series, ops.logical_not(valid), self.fill_value)
        picked = ops.masked_select(clean, valid)
        return ops.stack([picked.mean(), picked.max(), picked.min()])

    def construct(self, window):
        # window: (time, channels)
        valid = self._valid(window)
        stats = []
        for c in range(self.num_channels):
            stats.append(self._channel_stats(window[:, c], valid[:, c]))
        return ops.stack(stats)


def make():
    np.random.seed(2)
    w = np.random.randn(20, 4).astype(np.float32)
    w[3, 0] = np.nan
    w[7:9, 2] = np.nan
    return ValidSampleStats(), (Tensor(w),)
