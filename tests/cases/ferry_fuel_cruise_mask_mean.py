# case: fuel estimator averages burn over cruise-rpm rows by multiplying a float mask in and dividing by the mask sum -> fixed-size mask keeps static shape in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class CruiseBurnMean(nn.Cell):
    def __init__(self, cruise_rpm=1200.0):
        super().__init__()
        self.cruise_rpm = cruise_rpm

    def construct(self, rpm, burn):
        mask = ops.cast(rpm > self.cruise_rpm, ms.float32)
        n = ops.maximum(mask.sum(), 1.0)
        return (burn * mask).sum() / n


def make():
    np.random.seed(25)
    rpm = Tensor(np.random.uniform(800, 1600, size=(16,)).astype(np.float32))
    burn = Tensor(np.random.uniform(40, 90, size=(16,)).astype(np.float32))
    return CruiseBurnMean(), (rpm, burn)
