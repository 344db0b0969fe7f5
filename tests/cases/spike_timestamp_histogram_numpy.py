# case: temporal event histogram computed with np.histogram on the timestamps inside construct -> compile error at line 16
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class TemporalHistogramEncoder(nn.Cell):
    """Encodes an event stream by its normalised temporal activity profile."""

    def __init__(self, num_bins=8, out_dim=4):
        super().__init__()
        self.num_bins = num_bins
        self.head = nn.Dense(num_bins, out_dim)

    def _activity_profile(self, ts):
        hist, _ = np.histogram(ts.asnumpy(), bins=self.num_bins, range=(0.0, 1.0))
        hist = hist.astype(np.float32)
        return Tensor(hist / max(hist.sum(), 1.0))

    def construct(self, ts):
        profile = self._activity_profile(ts)
        return self.head(profile.reshape(1, -1))


def make():
    rng = np.random.default_rng(21)
    ts = Tensor(np.sort(rng.random(50)).astype(np.float32))
    return TemporalHistogramEncoder(), (ts,)
