# case: convert aperture flux to magnitude with math.log10 applied to a tensor sum inside construct -> math module on tensor in graph mode
import math
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ApertureMagnitude(nn.Cell):
    def __init__(self, zero_point=25.0):
        super().__init__()
        self.zero_point = zero_point
        yy, xx = np.mgrid[-3:4, -3:4]
        self.aperture = Tensor((xx ** 2 + yy ** 2 <= 9).astype(np.float32))

    def construct(self, stamp, sky):
        flux = ((stamp - sky) * self.aperture).sum()
        mag = self.zero_point - 2.5 * math.log10(flux)
        return mag


def make():
    np.random.seed(16)
    stamp = np.random.normal(100.0, 3.0, (7, 7)).astype(np.float32)
    stamp[3, 3] += 500.0
    return ApertureMagnitude(), (Tensor(stamp), Tensor(100.0, ms.float32))
