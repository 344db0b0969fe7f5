# case: convert refractometer readings to potential alcohol, guarding the conversion factor with a Python-level check in __init__ and a config flag for temperature correction -> constant flag if, Graph mode static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class PotentialAlcohol(nn.Cell):
    def __init__(self, factor=16.83, temp_correct=True):
        super().__init__()
        if factor <= 0:
            factor = 16.83
        self.factor = factor
        self.temp_correct = temp_correct
        self.temp_corr = ms.Parameter(Tensor(0.03, ms.float32))

    def construct(self, brix, temp_c):
        if self.temp_correct:
            brix = brix + self.temp_corr * (temp_c - 20.0)
        sugar_gl = brix * 10.0
        return sugar_gl / self.factor


def make():
    np.random.seed(122)
    brix = Tensor((22 + np.random.randn(10)).astype(np.float32))
    temp_c = Tensor((18 + 4 * np.random.rand(10)).astype(np.float32))
    return PotentialAlcohol(), (brix, temp_c)
