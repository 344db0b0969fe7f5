# case: fit the CO2 decay rate of a carbonation curve, falling back to a default rate inside a try/except if the log fails -> try statement in construct
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class CarbonationDecay(nn.Cell):
    def __init__(self, default_rate=0.01, dt_s=0.5):
        super().__init__()
        self.default_rate = default_rate
        self.dt_s = dt_s

    def construct(self, co2_vol):
        try:
            log_c = ops.log(co2_vol)
            rate = -(log_c[-1] - log_c[0]) / (self.dt_s * (co2_vol.shape[0] - 1))
        except ValueError:
            rate = Tensor(self.default_rate, ms.float32)
        return rate


def make():
    np.random.seed(141)
    t = np.arange(50, dtype=np.float32) * 0.5
    co2 = 2.8 * np.exp(-0.008 * t) + 0.01 * np.random.rand(50).astype(np.float32)
    return CarbonationDecay(), (Tensor(co2.astype(np.float32)),)
