# case: a @ms.jit_class holding enclosure thresholds created in __init__ and read (not written) in construct -> jit_class attribute reads are supported, Graph mode compiles
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


@ms.jit_class
class EnclosureLimits:
    def __init__(self):
        self.temp_low = 18.0
        self.temp_high = 30.0
        self.humidity_high = 0.85

    def out_of_range(self, temp, hum):
        too_cold = (temp < self.temp_low).astype(ms.float32)
        too_hot = (temp > self.temp_high).astype(ms.float32)
        too_humid = (hum > self.humidity_high).astype(ms.float32)
        return too_cold + too_hot + too_humid


class ClimateMonitor(nn.Cell):
    def __init__(self):
        super().__init__()
        self.limits = EnclosureLimits()

    def construct(self, temp, hum):
        flags = self.limits.out_of_range(temp, hum)
        return flags, flags.sum()


def make():
    np.random.seed(92)
    temp = Tensor(np.random.uniform(15, 33, size=(24,)).astype(np.float32))
    hum = Tensor(np.random.uniform(0.5, 0.95, size=(24,)).astype(np.float32))
    return ClimateMonitor(), (temp, hum)
