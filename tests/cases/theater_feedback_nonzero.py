# case: microphone feedback detector lists FFT bins whose magnitude exceeds the ringing threshold with ops.nonzero -> data-dependent output size, expect dynamic
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


def db_scale(mag, floor=1e-6):
    return 20.0 * ops.log(mag + floor) / 2.302585


class FeedbackBinFinder(nn.Cell):
    def __init__(self, ring_db=-6.0):
        super().__init__()
        self.ring_db = ring_db

    def construct(self, spectrum):
        level = db_scale(ops.abs(spectrum))
        peak = level.max(axis=-1, keepdims=True)
        rel = level - peak
        hot = ops.nonzero(rel > self.ring_db)
        return hot.astype(ms.float32).sum(axis=0)


def make():
    np.random.seed(31)
    spec = np.random.rand(4, 128).astype(np.float32) * 0.1
    spec[:, 57] = 1.0
    spec[1, 90] = 0.8
    return FeedbackBinFinder(), (Tensor(spec),)
