# case: cave controller rounds the mean humidity with Python round(float(...)) to pick a humidifier duty level from a table -> Python builtins on a tensor value in construct, expect Graph mode to reject or fall back
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

DUTY_TABLE = (0.9, 0.7, 0.5, 0.3, 0.1)


class HumidifierDuty(nn.Cell):
    def __init__(self, base_rh=88.0, step_rh=2.0):
        super().__init__()
        self.base_rh = base_rh
        self.step_rh = step_rh
        self.duty = Tensor(np.array(DUTY_TABLE, np.float32))

    def construct(self, rh_trace):
        level = round(float((rh_trace.mean() - self.base_rh) / self.step_rh))
        level = min(max(level, 0), len(DUTY_TABLE) - 1)
        return self.duty[level]


def make():
    np.random.seed(3235)
    rh = (91 + 2 * np.random.rand(60)).astype(np.float32)
    return HumidifierDuty(), (Tensor(rh),)
