# case: peak vs off-peak tariff chosen by an if on a tensor hour, both branches return same-shaped fees -> static control flow
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class TariffCalculator(nn.Cell):
    def __init__(self, peak_rate=4.0, offpeak_rate=1.5, peak_start=8, peak_end=18):
        super().__init__()
        self.peak_rate = peak_rate
        self.offpeak_rate = offpeak_rate
        self.peak_start = peak_start
        self.peak_end = peak_end

    def construct(self, hour, dwell_hours):
        if hour >= self.peak_start and hour < self.peak_end:
            fees = dwell_hours * self.peak_rate
        else:
            fees = dwell_hours * self.offpeak_rate
        return ops.round(fees * 100) / 100


def make():
    np.random.seed(13)
    dwell = Tensor(np.random.uniform(0.2, 6.0, 12).astype(np.float32))
    return TariffCalculator(), (Tensor(10, ms.int32), dwell)
