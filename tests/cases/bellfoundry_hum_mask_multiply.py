# case: average the hum band above the noise floor by multiplying with a float mask and dividing by the mask count -> fixed shapes, expected static
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
        mask = (hum > self.floor).astype(hum.dtype)
        count = ops.maximum(mask.sum(axis=1), 1.0)
        mean_level = (hum * mask).sum(axis=1) / count
        return mean_level, hum.max(axis=1)


def make():
    np.random.seed(11)
    spec = np.abs(np.random.randn(4, 128)).astype(np.float32) * 0.2
    return HumBandLevel(), (Tensor(spec),)
