# case: collect spectrum amplitudes above the foundry noise floor with boolean-mask indexing before averaging the hum band -> boolean mask indexing gives data-dependent shape in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class HumBandLevel(nn.Cell):
    def __init__(self, lo_bin=10, hi_bin=40, floor=0.1):
        super().__init__()
        self.lo_bin = lo_bin
        self.hi_bin = hi_bin
        self.floor = floor

    def band(self, spec):
        return spec[:, self.lo_bin:self.hi_bin]

    def construct(self, spec):
        hum = self.band(spec)
        loud = hum[hum > self.floor]
        mean_level = loud.mean()
        return mean_level, hum.max(axis=1)


def make():
    np.random.seed(11)
    spec = np.abs(np.random.randn(4, 128)).astype(np.float32) * 0.2
    return HumBandLevel(), (Tensor(spec),)
