# case: counts alarms per severity level with a one-hot encoding of the severity index over a constant tuple of levels -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class AlarmCounter(nn.Cell):
    def __init__(self, levels=(1.1, 1.25, 1.5)):
        super().__init__()
        self.levels = levels
        self.n_classes = len(levels) + 1

    def severity(self, ratio):
        sev = ops.zeros_like(ratio).astype(ms.int32)
        for lv in self.levels:
            sev = sev + (ratio > lv).astype(ms.int32)
        return sev

    def construct(self, readings, nominal):
        sev = self.severity(readings / nominal)
        onehot = ops.one_hot(sev, self.n_classes, Tensor(1.0, ms.float32), Tensor(0.0, ms.float32))
        counts = onehot.sum(axis=-2)
        return {"severity": sev, "counts": counts}


def make():
    np.random.seed(27)
    readings = Tensor(np.random.uniform(0.9, 1.7, size=(3, 10)).astype(np.float32))
    nominal = Tensor(np.ones((3, 10), np.float32))
    return AlarmCounter(), (readings, nominal)
