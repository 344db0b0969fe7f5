# case: calving-front column found per row as the first column where cumulative ocean probability exceeds half, via argmax on a boolean cast -> static shapes
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class CumulativeFrontFinder(nn.Cell):
    def __init__(self, pixel_m=30.0):
        super().__init__()
        self.pixel_m = pixel_m

    def construct(self, ocean_prob):
        cdf = ops.cumsum(ocean_prob, axis=1)
        cdf = cdf / cdf[:, -1:]
        first = ops.argmax((cdf > 0.5).astype(ms.int32), dim=1)
        return first.astype(ms.float32) * self.pixel_m


def make():
    np.random.seed(40)
    p = Tensor(np.random.rand(8, 20).astype(np.float32))
    return CumulativeFrontFinder(), (p,)
