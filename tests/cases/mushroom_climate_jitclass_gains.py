# case: misting PID gains held in an @ms.jit_class object created in __init__ and only read in construct -> jit_class read-only use, expected to compile
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


@ms.jit_class
class MistGains:
    def __init__(self, kp, ki):
        self.kp = kp
        self.ki = ki

    def output(self, err, integ):
        return self.kp * err + self.ki * integ


class HumidityController(nn.Cell):
    def __init__(self, setpoint=90.0):
        super().__init__()
        self.setpoint = setpoint
        self.gains = MistGains(0.4, 0.05)

    def construct(self, rh_series):
        integ = ops.zeros_like(rh_series[0])
        mist = ops.zeros_like(rh_series[0])
        for i in range(rh_series.shape[0]):
            err = self.setpoint - rh_series[i]
            integ = integ + err
            mist = ops.relu(self.gains.output(err, integ))
        return mist


def make():
    np.random.seed(320)
    rh = Tensor(np.random.uniform(80, 95, size=(6, 3)).astype(np.float32))
    return HumidityController(), (rh,)
