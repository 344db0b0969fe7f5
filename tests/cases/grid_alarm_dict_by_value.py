# case: builds a dict of alarm counts keyed by severity computed from the tensor values of the meter readings -> error (dict keyed by tensor values)
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class AlarmCounter(nn.Cell):
    def __init__(self, levels=(1.1, 1.25, 1.5)):
        super().__init__()
        self.levels = levels

    def severity(self, ratio):
        sev = Tensor(0, ms.int32)
        for lv in self.levels:
            sev = sev + (ratio > lv).astype(ms.int32)
        return sev

    def construct(self, readings, nominal):
        sev = self.severity(readings / nominal)
        counts = {}
        for i in range(readings.shape[0]):
            key = int(sev[i])
            counts[key] = counts.get(key, 0) + 1
        return counts


def make():
    np.random.seed(26)
    readings = Tensor(np.random.uniform(0.9, 1.7, size=(10,)).astype(np.float32))
    nominal = Tensor(np.ones((10,), np.float32))
    return AlarmCounter(), (readings, nominal)
