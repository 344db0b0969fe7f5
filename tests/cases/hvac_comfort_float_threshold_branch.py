# case: comfort controller calls float() on the mean zone temperature and branches in Python to pick a gain -> may compile or error depending on graph support for float(tensor)
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ComfortController(nn.Cell):
    def __init__(self, setpoint=22.0, deadband=0.5, kp=1.2):
        super().__init__()
        self.setpoint = setpoint
        self.deadband = deadband
        self.kp = kp

    def construct(self, zone_temps):
        mean_temp = float(zone_temps.mean())
        error = self.setpoint - mean_temp
        if abs(error) < self.deadband:
            gain = 0.0
        else:
            gain = self.kp
        valve = ops.clamp(gain * (self.setpoint - zone_temps), 0.0, 100.0)
        return valve


def make():
    np.random.seed(13)
    net = ComfortController()
    temps = Tensor((20.0 + np.random.rand(8)).astype(np.float32))
    return net, (temps,)
