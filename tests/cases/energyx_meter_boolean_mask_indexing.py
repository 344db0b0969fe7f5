# case: selects the readings of meters flagged as faulty through boolean-mask indexing -> boolean index yields data-dependent shape (dynamic)
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class FaultyMeterReport(nn.Cell):
    def __init__(self, max_voltage_dev=0.1):
        super().__init__()
        self.max_dev = max_voltage_dev

    def voltage_deviation(self, volts):
        return ops.abs(volts / 230.0 - 1.0)

    def construct(self, volts, kwh):
        dev = self.voltage_deviation(volts)
        faulty = dev > self.max_dev
        bad_kwh = kwh[faulty]
        return bad_kwh.sum(), bad_kwh


def make():
    np.random.seed(5)
    volts = np.random.normal(230, 8, size=(32,)).astype(np.float32)
    volts[[3, 11, 27]] = [190.0, 265.0, 200.0]
    kwh = np.random.uniform(0, 4, size=(32,)).astype(np.float32)
    return FaultyMeterReport(), (Tensor(volts), Tensor(kwh))
