# case: Arrhenius-style sintering rate with math.exp applied to a tensor temperature inside construct -> math on tensor, host value needed in Graph mode
import math
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class SinterRate(nn.Cell):
    def __init__(self, activation_kj=250.0, prefactor=1.0e9):
        super().__init__()
        self.ea = activation_kj * 1000.0
        self.a = prefactor
        self.r = 8.314

    def construct(self, peak_c, hold_hr):
        kelvin = peak_c + 273.15
        rate = self.a * math.exp(-self.ea / (self.r * kelvin))
        densification = 1.0 - ops.exp(-rate * hold_hr)
        return densification


def make():
    np.random.seed(29)
    hold = np.random.uniform(0.5, 2.0, size=(4,)).astype(np.float32)
    return SinterRate(), (Tensor(1240.0, ms.float32), Tensor(hold))
