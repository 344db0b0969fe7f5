# case: classifies tiles into low/medium/high canopy cover with ops.select on thresholds instead of Python branches -> static, compiles
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class CanopyCoverClass(nn.Cell):
    def __init__(self, low=0.25, high=0.6):
        super().__init__()
        self.low = low
        self.high = high

    def cover(self, veg_prob):
        return (veg_prob > 0.5).astype(ms.float32).mean(axis=(1, 2))

    def construct(self, veg_prob):
        c = self.cover(veg_prob)
        zeros = ops.zeros_like(c)
        ones = ops.ones_like(c)
        cls = ops.select(c < self.low, zeros, ops.select(c > self.high, ones * 2, ones))
        return cls.astype(ms.int32), c


def make():
    np.random.seed(31)
    veg_prob = Tensor(np.random.rand(5, 8, 8).astype(np.float32))
    return CanopyCoverClass(), (veg_prob,)
