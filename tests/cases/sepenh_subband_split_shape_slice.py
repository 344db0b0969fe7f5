# case: sub-band enhancer splits the frequency axis in half with slices computed from x.shape and processes each band with its own mask net -> slice bounds come from static shapes, compiles
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class BandMask(nn.Cell):
    def __init__(self, width, hidden=16):
        super().__init__()
        self.fc1 = nn.Dense(width, hidden)
        self.fc2 = nn.Dense(hidden, width)

    def construct(self, band):
        return ops.sigmoid(self.fc2(ops.gelu(self.fc1(band))))


class SubbandEnhancer(nn.Cell):
    def __init__(self, n_bins=16):
        super().__init__()
        self.low = BandMask(n_bins // 2)
        self.high = BandMask(n_bins - n_bins // 2)

    def construct(self, mag):
        split = mag.shape[-1] // 2
        low_band = mag[..., :split]
        high_band = mag[..., split:]
        low_out = low_band * self.low(low_band)
        high_out = high_band * self.high(high_band)
        return ops.concat((low_out, high_out), axis=-1)


def make():
    np.random.seed(37)
    mag = np.abs(np.random.randn(2, 9, 16)).astype(np.float32)
    return SubbandEnhancer(), (Tensor(mag),)
