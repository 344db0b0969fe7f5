# case: gate the range profile to bins inside a distance window using boolean-mask indexing rd[mask] -> dynamic shape (bool index)
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class RangeGate(nn.Cell):
    def __init__(self, bin_m=0.5, r_min=2.0, r_max=9.0):
        super().__init__()
        self.bin_m = bin_m
        self.r_min = r_min
        self.r_max = r_max

    def construct(self, profile, ranges):
        mask = ops.logical_and(ranges >= self.r_min, ranges <= self.r_max)
        gated = profile[mask]
        return gated.max(), gated.sum()


def make():
    np.random.seed(16)
    prof = np.abs(np.random.randn(24)).astype(np.float32)
    rng = (np.arange(24) * 0.5).astype(np.float32)
    return RangeGate(), (Tensor(prof), Tensor(rng))
