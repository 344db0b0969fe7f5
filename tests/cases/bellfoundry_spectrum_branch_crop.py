# case: if the bell's spectrum peaks loudly, crop to the low-partial region, otherwise keep the full band, deciding on the tensor max -> branches on tensor values return different shapes, expected error in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class PartialRegion(nn.Cell):
    def __init__(self, loud_level=2.0, low_bins=64):
        super().__init__()
        self.loud_level = loud_level
        self.low_bins = low_bins

    def normalise(self, spec):
        return spec / (spec.max(axis=-1, keepdims=True) + 1e-6)

    def construct(self, spectrum):
        spec = self.normalise(spectrum)
        if spectrum.max() > self.loud_level:
            region = spec[:, :self.low_bins]
        else:
            region = spec
        return region, region.sum(axis=-1)


def make():
    np.random.seed(91)
    spec = np.abs(np.random.randn(2, 128)).astype(np.float32)
    return PartialRegion(), (Tensor(spec),)
