# case: count stitches from a seam intensity profile, then allocate a per-stitch buffer of length int(count) -> int() of a tensor as a shape fails in graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class StitchCounter(nn.Cell):
    def __init__(self, peak_level=0.6):
        super().__init__()
        self.peak_level = peak_level

    def count_peaks(self, profile):
        left = profile[1:-1] > profile[:-2]
        right = profile[1:-1] >= profile[2:]
        high = profile[1:-1] > self.peak_level
        peaks = ops.logical_and(ops.logical_and(left, right), high)
        return peaks.astype(ms.int32).sum()

    def construct(self, profile):
        count = self.count_peaks(profile)
        spacing = ops.zeros((int(count),), ms.float32) + profile.shape[0] / (count.astype(ms.float32) + 1.0)
        return count, spacing


def make():
    np.random.seed(2)
    t = np.linspace(0, 6 * np.pi, 60)
    profile = Tensor((0.5 + 0.5 * np.sin(t) + 0.05 * np.random.rand(60)).astype(np.float32))
    return StitchCounter(), (profile,)
