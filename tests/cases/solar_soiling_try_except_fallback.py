# case: soiling index computation wraps the clean-reference division in try/except ZeroDivisionError with a fallback value -> try statement in construct, error in graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class SoilingIndex(nn.Cell):
    """Soiling ratio = soiled cell short-circuit current / clean cell current."""

    def __init__(self, temp_coeff=0.0005, t_ref=25.0):
        super().__init__()
        self.temp_coeff = temp_coeff
        self.t_ref = t_ref

    def temp_correct(self, isc, temp):
        return isc / (1.0 + self.temp_coeff * (temp - self.t_ref))

    def construct(self, isc_soiled, isc_clean, temp):
        soiled = self.temp_correct(isc_soiled, temp)
        clean = self.temp_correct(isc_clean, temp)
        try:
            ratio = soiled / clean
        except ZeroDivisionError:
            ratio = ops.ones_like(soiled)
        return ops.clamp(ratio, 0.0, 1.0)


def make():
    np.random.seed(22)
    clean = np.random.uniform(8.5, 9.0, size=(48,)).astype(np.float32)
    soiled = clean * np.random.uniform(0.9, 1.0, size=(48,)).astype(np.float32)
    temp = np.random.uniform(20, 55, size=(48,)).astype(np.float32)
    return SoilingIndex(), (Tensor(soiled), Tensor(clean), Tensor(temp))
