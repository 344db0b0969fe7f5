# case: trim a servo trajectory to the frames that leave the deadband, length counted from data -> slicing with a data-derived length should be dynamic or rejected in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


def deadband_mask(angles, band):
    delta = ops.abs(angles[1:] - angles[:-1])
    return (delta > band).astype(ms.int32)


class ServoDeadbandTrimmer(nn.Cell):
    def __init__(self, band_deg=0.5, gain=1.2):
        super().__init__()
        self.band = band_deg
        self.gain = gain

    def construct(self, angles):
        active = deadband_mask(angles, self.band)
        n_active = int(active.sum())
        trimmed = angles[:n_active]
        return trimmed * self.gain


def make():
    np.random.seed(11)
    angles = np.cumsum(np.random.randn(64).astype(np.float32) * 0.8)
    return ServoDeadbandTrimmer(), (Tensor(angles, ms.float32),)
