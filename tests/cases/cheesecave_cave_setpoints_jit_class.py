# case: read humidifier setpoints from a @ms.jit_class config object held by the controller cell, without mutating it -> jit_class read-only use, expect fine in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


@ms.jit_class
class CaveSetpoints:
    def __init__(self, rh=93.0, temp=11.5, kp=0.6):
        self.rh = rh
        self.temp = temp
        self.kp = kp

    def error(self, rh_now):
        return self.rh - rh_now


class HumidifierController(nn.Cell):
    def __init__(self):
        super().__init__()
        self.sp = CaveSetpoints()
        self.ki = ms.Parameter(Tensor(np.float32(0.05)), name="ki")

    def construct(self, rh_trace):
        err = self.sp.error(rh_trace)
        duty = self.sp.kp * err[-1] + self.ki * err.sum()
        return ops.clip_by_value(duty / 10.0, Tensor(0.0, ms.float32), Tensor(1.0, ms.float32))


def make():
    np.random.seed(3215)
    rh = (90 + 2 * np.random.rand(30)).astype(np.float32)
    return HumidifierController(), (Tensor(rh),)
