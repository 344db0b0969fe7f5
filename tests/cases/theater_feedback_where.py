# case: microphone feedback detector notches bins above the ringing threshold using three-argument ops.where -> static shapes, expect fine
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


def db_scale(mag, floor=1e-6):
    return 20.0 * ops.log(mag + floor) / 2.302585


class FeedbackNotch(nn.Cell):
    def __init__(self, ring_db=-6.0, notch_gain=0.1):
        super().__init__()
        self.ring_db = ring_db
        self.notch_gain = notch_gain

    def construct(self, spectrum):
        level = db_scale(ops.abs(spectrum))
        peak = level.max(axis=-1, keepdims=True)
        hot = (level - peak) > self.ring_db
        gains = ops.where(hot, ops.full_like(spectrum, self.notch_gain), ops.ones_like(spectrum))
        return spectrum * gains, hot.astype(ms.int32).sum(axis=-1)


def make():
    np.random.seed(32)
    spec = np.random.rand(4, 128).astype(np.float32) * 0.1
    spec[:, 57] = 1.0
    return FeedbackNotch(), (Tensor(spec),)
