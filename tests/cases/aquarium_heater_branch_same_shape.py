# case: heater controller picks a boost or trim power curve depending on whether the mean tank temperature is below the setpoint; both branches give the same-shaped duty vector -> tensor if with matching shapes, expect static compile
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class HeaterController(nn.Cell):
    def __init__(self, setpoint_c=25.5, gain=0.35, max_duty=1.0):
        super().__init__()
        self.setpoint = setpoint_c
        self.gain = gain
        self.max_duty = max_duty

    def construct(self, temps_c, heater_watts):
        error = self.setpoint - temps_c
        if temps_c.mean() < self.setpoint:
            duty = self.gain * error + 0.2
        else:
            duty = 0.5 * self.gain * error
        duty = ops.clip_by_value(duty, 0.0, self.max_duty)
        return duty, (duty * heater_watts).sum()


def make():
    np.random.seed(181)
    temps = Tensor(np.random.uniform(24.0, 26.5, size=(6,)).astype(np.float32))
    watts = Tensor(np.array([300, 300, 500, 500, 800, 800], dtype=np.float32))
    return HeaterController(), (temps, watts)
