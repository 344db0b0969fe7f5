# case: builds a plain Python tariff accumulator object inside construct and mutates its attributes with tensor costs -> error (custom class instance created in graph)
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class TariffAccumulator:
    def __init__(self, peak_rate, offpeak_rate):
        self.peak_rate = peak_rate
        self.offpeak_rate = offpeak_rate
        self.total = 0.0

    def add(self, kwh, is_peak):
        rate = self.peak_rate if is_peak else self.offpeak_rate
        self.total = self.total + kwh * rate


class EnergyCost(nn.Cell):
    def __init__(self, peak_hours=(8, 9, 10, 17, 18)):
        super().__init__()
        self.peak_hours = peak_hours

    def construct(self, hourly_kwh):
        acc = TariffAccumulator(0.28, 0.11)
        for h in range(24):
            acc.add(hourly_kwh[h], h in self.peak_hours)
        return acc.total


def make():
    np.random.seed(36)
    net = EnergyCost()
    kwh = Tensor((30.0 + 10.0 * np.random.rand(24)).astype(np.float32))
    return net, (kwh,)
