# case: convert refractometer readings to potential alcohol, wrapping the division in try/except to fall back to a default conversion factor -> try statement in construct, Graph mode may reject
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class PotentialAlcohol(nn.Cell):
    def __init__(self, factor=16.83):
        super().__init__()
        self.factor = factor
        self.temp_corr = ms.Parameter(Tensor(0.03, ms.float32))

    def construct(self, brix, temp_c):
        corrected = brix + self.temp_corr * (temp_c - 20.0)
        try:
            sugar_gl = corrected * 10.0
            alcohol = sugar_gl / self.factor
        except ZeroDivisionError:
            alcohol = corrected * 0.59
        return alcohol


def make():
    np.random.seed(121)
    brix = Tensor((22 + np.random.randn(10)).astype(np.float32))
    temp_c = Tensor((18 + 4 * np.random.rand(10)).astype(np.float32))
    return PotentialAlcohol(), (brix, temp_c)
