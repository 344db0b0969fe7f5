# case: appends each ride's peak vibration to a module-level history list inside construct and returns the running max -> global mutable state touched in construct
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


PEAK_HISTORY = []


class PeakVibrationLogger(nn.Cell):
    def __init__(self, warn_level=0.15):
        super().__init__()
        self.warn_level = warn_level

    def construct(self, accel_z):
        peak = ops.abs(accel_z).max()
        PEAK_HISTORY.append(peak)
        running = ops.stack(PEAK_HISTORY).max()
        return peak, running > self.warn_level


def make():
    np.random.seed(25)
    accel = (0.05 * np.random.randn(40)).astype(np.float32)
    return PeakVibrationLogger(), (Tensor(accel),)
