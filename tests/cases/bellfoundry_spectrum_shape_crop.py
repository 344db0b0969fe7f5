# case: crop the bell's spectrum to the low-partial region only when the FFT is longer than the region, deciding on x.shape -> branch on static shape, expected static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class PartialRegion(nn.Cell):
    def __init__(self, low_bins=64):
        super().__init__()
        self.low_bins = low_bins

    def normalise(self, spec):
        return spec / (spec.max(axis=-1, keepdims=True) + 1e-6)

    def construct(self, spectrum):
        spec = self.normalise(spectrum)
        if spec.shape[-1] > self.low_bins:
            region = spec[:, :self.low_bins]
        else:
            region = spec
        return region, region.sum(axis=-1)


def make():
    np.random.seed(91)
    spec = np.abs(np.random.randn(2, 128)).astype(np.float32)
    return PartialRegion(), (Tensor(spec),)
