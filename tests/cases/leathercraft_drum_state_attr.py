# case: tanning drum temperature controller stores the last float temperature on self inside construct for the next call's derivative term -> attribute of self written in construct
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class DrumHeaterPD(nn.Cell):
    def __init__(self, setpoint=38.0, kp=0.6, kd=0.15):
        super().__init__()
        self.setpoint = setpoint
        self.kp = kp
        self.kd = kd
        self.last_temp = Tensor(np.array(35.0, np.float32))

    def construct(self, float_temp):
        err = self.setpoint - float_temp
        d_term = float_temp - self.last_temp
        self.last_temp = float_temp
        power = self.kp * err - self.kd * d_term
        return ops.clamp(power, 0.0, 5.0)


def make():
    np.random.seed(3093)
    t = Tensor(np.array(36.2, np.float32))
    return DrumHeaterPD(), (t,)
