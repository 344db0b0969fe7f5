# case: icing detector finds spectral peaks above a noise floor with nonzero and averages their frequencies -> nonzero gives a data-dependent number of rows, expect dynamic shape
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class PeakPicker(nn.Cell):
    def __init__(self, floor_ratio=3.0):
        super().__init__()
        self.floor_ratio = floor_ratio

    def construct(self, spec):
        floor = spec.mean() * self.floor_ratio
        return ops.nonzero(spec > floor)


class IcingPeakShift(nn.Cell):
    def __init__(self, n_bins=48, fs=200.0):
        super().__init__()
        self.picker = PeakPicker()
        self.bin_hz = fs / (2.0 * n_bins)

    def construct(self, spectrum):
        idx = self.picker(spectrum)
        freqs = idx.astype(ms.float32) * self.bin_hz
        return freqs.mean()


def make():
    np.random.seed(3)
    spec = np.abs(np.random.randn(48)).astype(np.float32)
    spec[[7, 19, 33]] += 12.0
    return IcingPeakShift(), (Tensor(spec),)
