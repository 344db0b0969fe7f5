# case: oven PID step that stores the last error on self (plain attribute assignment in construct) for the derivative term -> self attribute written in construct
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ZonePID(nn.Cell):
    def __init__(self, kp=1.2, kd=0.3, n_zones=4):
        super().__init__()
        self.kp = kp
        self.kd = kd
        self.last_error = Tensor(np.zeros((n_zones,), np.float32))

    def construct(self, setpoint, measured):
        error = setpoint - measured
        derivative = error - self.last_error
        self.last_error = error
        power = self.kp * error + self.kd * derivative
        return ops.clip_by_value(power, 0.0, 100.0)


def make():
    np.random.seed(23)
    sp = np.array([200, 220, 230, 210], np.float32)
    meas = sp - np.random.rand(4).astype(np.float32) * 20
    return ZonePID(), (Tensor(sp), Tensor(meas))
