# case: tanning drum temperature controller keeps the last float temperature in a non-trainable Parameter updated with ops.assign -> Parameter state update, Graph mode fine
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, Parameter


class DrumHeaterPD(nn.Cell):
    def __init__(self, setpoint=38.0, kp=0.6, kd=0.15):
        super().__init__()
        self.setpoint = setpoint
        self.kp = kp
        self.kd = kd
        self.last_temp = Parameter(Tensor(np.array(35.0, np.float32)), name="last_temp", requires_grad=False)

    def construct(self, float_temp):
        err = self.setpoint - float_temp
        d_term = float_temp - self.last_temp
        ops.assign(self.last_temp, float_temp)
        power = self.kp * err - self.kd * d_term
        return ops.clamp(power, 0.0, 5.0)


def make():
    np.random.seed(3094)
    t = Tensor(np.array(36.2, np.float32))
    return DrumHeaterPD(), (t,)
