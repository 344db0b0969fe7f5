# case: gate range bins to a distance window by building the window mask from constructor constants and multiplying -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class StaticRangeGate(nn.Cell):
    def __init__(self, n_bins=24, bin_m=0.5, r_min=2.0, r_max=9.0):
        super().__init__()
        r = np.arange(n_bins) * bin_m
        self.lo = int(np.searchsorted(r, r_min))
        self.hi = int(np.searchsorted(r, r_max, side="right"))
        w = np.zeros(n_bins, np.float32)
        w[self.lo:self.hi] = 1.0
        self.window = Tensor(w)

    def construct(self, profile):
        gated = profile * self.window
        inside = profile[..., self.lo:self.hi]
        return gated.max(axis=-1), inside.sum(axis=-1)


def make():
    np.random.seed(17)
    prof = np.abs(np.random.randn(3, 24)).astype(np.float32)
    return StaticRangeGate(), (Tensor(prof),)
