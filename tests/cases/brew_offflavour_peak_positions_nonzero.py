# case: finds diacetyl-band peaks in an absorbance spectrum with nonzero and gathers their wavelengths -> nonzero output length depends on data, dynamic in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class PeakFinder(nn.Cell):
    def __init__(self, min_height=0.3):
        super().__init__()
        self.min_height = min_height

    def local_maxima(self, spec):
        left = spec[1:-1] > spec[:-2]
        right = spec[1:-1] > spec[2:]
        high = spec[1:-1] > self.min_height
        return ops.logical_and(ops.logical_and(left, right), high)

    def construct(self, spectrum, wavelengths):
        is_peak = self.local_maxima(spectrum)
        idx = ops.nonzero(is_peak).reshape(-1) + 1
        peak_wl = ops.gather(wavelengths, idx, 0)
        peak_h = ops.gather(spectrum, idx, 0)
        return peak_wl, peak_h


def make():
    np.random.seed(4)
    wl = np.linspace(400, 700, 64).astype(np.float32)
    spec = (0.5 * np.exp(-((wl - 450) / 10) ** 2) + 0.4 * np.exp(-((wl - 530) / 15) ** 2)
            + 0.02 * np.random.rand(64)).astype(np.float32)
    return PeakFinder(), (Tensor(spec), Tensor(wl))
