# case: drops meter readings above a spike threshold with masked_select and averages the rest -> masked_select gives a data-dependent shape (dynamic)
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class SpikeFilter(nn.Cell):
    def __init__(self, spike_kwh=5.0):
        super().__init__()
        self.spike_kwh = spike_kwh

    def construct(self, readings):
        keep = readings < self.spike_kwh
        clean = ops.masked_select(readings, keep)
        return clean.mean()


class DailyConsumption(nn.Cell):
    def __init__(self):
        super().__init__()
        self.filter = SpikeFilter(spike_kwh=4.0)

    def construct(self, readings):
        avg = self.filter(readings)
        return avg * 24.0


def make():
    np.random.seed(1)
    r = np.random.uniform(0.1, 3.0, size=(48,)).astype(np.float32)
    r[[5, 17, 33]] = 9.5
    return DailyConsumption(), (Tensor(r),)
