# case: Arrhenius sintering rate with ops.exp on a tensor of peak temperatures -> static, compiles in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class SinterRateOps(nn.Cell):
    def __init__(self, activation_kj=250.0, log_prefactor=20.7):
        super().__init__()
        self.ea = activation_kj * 1000.0
        self.log_a = log_prefactor
        self.r = 8.314

    def rate(self, peak_c):
        kelvin = peak_c + 273.15
        return ops.exp(self.log_a - self.ea / (self.r * kelvin))

    def construct(self, peak_c, hold_hr):
        k = self.rate(peak_c)
        return 1.0 - ops.exp(-k * hold_hr)


def make():
    np.random.seed(30)
    peaks = np.random.uniform(1180.0, 1260.0, size=(4,)).astype(np.float32)
    hold = np.random.uniform(0.5, 2.0, size=(4,)).astype(np.float32)
    return SinterRateOps(), (Tensor(peaks), Tensor(hold))
