# case: mastering chain folds stereo to mono for the low band only when the measured side energy is high, otherwise keeps both channels -> if on tensor with different-shaped branches, expect error
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class BassMonoFolder(nn.Cell):
    def __init__(self, side_limit=0.1):
        super().__init__()
        self.side_limit = side_limit

    def construct(self, stereo_low):
        mid = (stereo_low[0] + stereo_low[1]) * 0.5
        side = (stereo_low[0] - stereo_low[1]) * 0.5
        side_energy = (side * side).mean()
        if side_energy > self.side_limit:
            out = mid.expand_dims(0)
        else:
            out = stereo_low
        return out * 0.9


def make():
    np.random.seed(21)
    x = (np.random.randn(2, 1024) * 0.5).astype(np.float32)
    return BassMonoFolder(), (Tensor(x),)
