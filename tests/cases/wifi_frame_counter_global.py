# case: count processed radar frames in a module-level global incremented inside construct and use it in the averaging weight -> error or constant-folded (global state mutation)
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

FRAME_COUNT = 0


class ClutterAverager(nn.Cell):
    def __init__(self, n_range=16):
        super().__init__()
        self.background = Tensor(np.zeros(n_range, np.float32))

    def construct(self, profile):
        global FRAME_COUNT
        FRAME_COUNT += 1
        w = 1.0 / FRAME_COUNT
        bg = (1 - w) * self.background + w * profile
        return profile - bg, bg


def make():
    np.random.seed(21)
    prof = np.abs(np.random.randn(16)).astype(np.float32)
    return ClutterAverager(), (Tensor(prof),)
