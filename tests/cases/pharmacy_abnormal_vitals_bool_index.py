# case: pick out the heart-rate readings outside the safe band with boolean-mask indexing before dose adjustment -> dynamic shape in graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

HR_LOW = 50.0
HR_HIGH = 110.0


class VitalsScreen(nn.Cell):
    def __init__(self):
        super().__init__()
        self.low = HR_LOW
        self.high = HR_HIGH

    def out_of_band(self, hr):
        return ops.logical_or(hr < self.low, hr > self.high)

    def construct(self, heart_rate, base_dose):
        mask = self.out_of_band(heart_rate)
        abnormal = heart_rate[mask]
        penalty = ops.mean(ops.abs(abnormal - 80.0)) / 80.0
        adjusted = base_dose * (1.0 - 0.5 * penalty)
        return adjusted


def make():
    np.random.seed(21)
    hr = Tensor(np.random.uniform(40, 130, (32,)).astype(np.float32))
    base_dose = Tensor(np.array([250.0], np.float32))
    return VitalsScreen(), (hr, base_dose)
