# case: normalises a band by its global std computed with math.sqrt(float(var)) -> error from float() and math on a tensor in graph mode
import math
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class BandStandardizer(nn.Cell):
    def __init__(self, band=1, min_std=1e-3):
        super().__init__()
        self.band = band
        self.min_std = min_std

    def construct(self, cube):
        b = cube[self.band]
        mu = b.mean()
        var = ((b - mu) ** 2).mean()
        std = max(math.sqrt(float(var)), self.min_std)
        return (b - mu) / std


def make():
    np.random.seed(10)
    cube = Tensor(np.random.rand(4, 12, 12).astype(np.float32))
    return BandStandardizer(), (cube,)
