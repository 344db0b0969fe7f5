# case: multi-zone kiln PID step reads per-zone gains from a dict with constant string keys built in construct -> constant-key dict, expect static graph
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

ZONES = ("top", "middle", "bottom")


class ZonePID(nn.Cell):
    def __init__(self, kp=0.6, ki=0.05):
        super().__init__()
        self.kp = kp
        self.ki = ki

    def construct(self, setpoint, temps, integral):
        gains = {"top": 1.1, "middle": 1.0, "bottom": 0.9}
        outputs = []
        for i, zone in enumerate(ZONES):
            err = setpoint - temps[i]
            u = gains[zone] * (self.kp * err + self.ki * integral[i])
            outputs.append(ops.clamp(u, 0.0, 100.0))
        return ops.stack(outputs)


def make():
    np.random.seed(161)
    temps = np.random.uniform(1180, 1230, 3).astype(np.float32)
    integral = np.random.uniform(-5, 5, 3).astype(np.float32)
    return ZonePID(), (Tensor(np.array(1222.0, np.float32)), Tensor(temps), Tensor(integral))
