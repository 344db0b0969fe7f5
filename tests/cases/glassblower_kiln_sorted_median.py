# case: median glory-hole temperature taken with ops.sort and a fixed middle index from the shape -> static, should compile
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class GloryHoleStatsSorted(nn.Cell):
    def __init__(self, setpoint_c=1090.0):
        super().__init__()
        self.setpoint = setpoint_c

    def construct(self, temps):
        ordered, _ = ops.sort(temps)
        mid = temps.shape[0] // 2
        med = (ordered[mid - 1] + ordered[mid]) / 2.0
        dev = temps - med
        return dev.abs().mean(), temps.mean() - self.setpoint


def make():
    np.random.seed(102)
    temps = np.random.normal(1090.0, 12.0, size=(50,)).astype(np.float32)
    return GloryHoleStatsSorted(), (Tensor(temps),)
