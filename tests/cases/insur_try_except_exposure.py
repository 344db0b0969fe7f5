# case: guard the pure-premium division with try/except ZeroDivisionError in construct -> try statement not supported in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class PurePremium(nn.Cell):
    def __init__(self, fallback_rate=120.0):
        super().__init__()
        self.fallback = fallback_rate

    def construct(self, losses, exposure_years):
        try:
            rate = losses.sum() / exposure_years.sum()
        except ZeroDivisionError:
            rate = Tensor(self.fallback, ms.float32)
        return rate * exposure_years


def make():
    np.random.seed(20)
    l = Tensor(np.random.gamma(2.0, 300.0, size=(15,)).astype(np.float32))
    e = Tensor(np.random.uniform(0.2, 1.0, size=(15,)).astype(np.float32))
    return PurePremium(), (l, e)
