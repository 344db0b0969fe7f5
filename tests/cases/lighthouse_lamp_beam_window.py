# case: trim the lamp beam intensity trace to the number of samples above the flash threshold (count taken with int()) -> dynamic slice length, Graph mode should reject or go dynamic
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class BeamTrimmer(nn.Cell):
    def __init__(self, flash_threshold=0.6):
        super().__init__()
        self.flash_threshold = flash_threshold
        self.smooth = nn.Dense(24, 24)

    def count_flashes(self, trace):
        bright = (trace > self.flash_threshold).astype(ms.int32)
        return bright.sum()

    def construct(self, trace):
        smoothed = ops.sigmoid(self.smooth(trace))
        n_flash = self.count_flashes(smoothed[0])
        k = int(n_flash)
        kept = smoothed[:, :k]
        return kept.mean(axis=1)


def make():
    np.random.seed(3031)
    trace = Tensor(np.random.rand(4, 24).astype(np.float32))
    return BeamTrimmer(), (trace,)
