# case: passenger estimator accepts a Python number or a tensor as calibration and guards with isinstance -> type guard on constant types, static in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class CalibratedCount(nn.Cell):
    def __init__(self, n_gates=5):
        super().__init__()
        self.gate_gain = ms.Parameter(Tensor(np.full((n_gates,), 0.5, np.float32)), name="gate_gain")

    def construct(self, pulses, calibration):
        raw = (pulses * self.gate_gain).sum(axis=-1)
        if isinstance(calibration, (int, float)):
            return raw * calibration
        return raw * calibration.reshape(raw.shape)


def make():
    np.random.seed(29)
    pulses = Tensor(np.random.randint(0, 10, size=(3, 5)).astype(np.float32))
    return CalibratedCount(), (pulses, 1.1)
