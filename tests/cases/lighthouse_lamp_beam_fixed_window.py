# case: trim the lamp beam intensity trace to a fixed flash window configured at build time -> constant slice, static in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class BeamTrimmer(nn.Cell):
    def __init__(self, flash_threshold=0.6, window=10):
        super().__init__()
        self.flash_threshold = flash_threshold
        self.window = window
        self.smooth = nn.Dense(24, 24)

    def count_flashes(self, trace):
        bright = (trace > self.flash_threshold).astype(ms.float32)
        return bright.sum(axis=1)

    def construct(self, trace):
        smoothed = ops.sigmoid(self.smooth(trace))
        n_flash = self.count_flashes(smoothed)
        kept = smoothed[:, :self.window]
        return kept.mean(axis=1) * n_flash


def make():
    np.random.seed(3032)
    trace = Tensor(np.random.rand(4, 24).astype(np.float32))
    return BeamTrimmer(), (trace,)
