# case: soak-hold loop that keeps updating the kiln temperature while below the setpoint, state keeps one shape -> while on tensor condition with fixed shapes, compiles in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class SoakHold(nn.Cell):
    def __init__(self, setpoint=1220.0, gain=0.05, max_steps=50):
        super().__init__()
        self.setpoint = setpoint
        self.gain = gain
        self.max_steps = max_steps

    def construct(self, zone_temps, power):
        steps = Tensor(0, ms.int32)
        temps = zone_temps
        while temps.min() < self.setpoint and steps < self.max_steps:
            temps = temps + self.gain * power - 0.001 * (temps - 20.0)
            steps = steps + 1
        return temps, steps


def make():
    np.random.seed(9)
    zones = np.random.uniform(1150.0, 1200.0, size=(4,)).astype(np.float32)
    power = np.random.uniform(400.0, 600.0, size=(4,)).astype(np.float32)
    return SoakHold(), (Tensor(zones), Tensor(power))
