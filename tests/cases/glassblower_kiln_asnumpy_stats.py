# case: kiln controller computes the median glory-hole temperature by converting to NumPy with .asnumpy() inside construct -> asnumpy in construct, expected error in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class GloryHoleStats(nn.Cell):
    def __init__(self, setpoint_c=1090.0):
        super().__init__()
        self.setpoint = setpoint_c

    def construct(self, temps):
        arr = temps.asnumpy()
        med = np.median(arr)
        dev = temps - Tensor(med, ms.float32)
        return dev.abs().mean(), temps.mean() - self.setpoint


def make():
    np.random.seed(101)
    temps = np.random.normal(1090.0, 12.0, size=(50,)).astype(np.float32)
    return GloryHoleStats(), (Tensor(temps),)
