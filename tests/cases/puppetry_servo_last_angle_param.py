# case: servo slew limiter that stores the last commanded angle in a Parameter updated with ops.assign -> parameter side effect, supported in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, Parameter


class SlewLimiterParam(nn.Cell):
    def __init__(self, n_servos=6, max_step_deg=4.0):
        super().__init__()
        self.max_step = max_step_deg
        self.last_angle = Parameter(Tensor(np.zeros(n_servos, np.float32)), name="last_angle", requires_grad=False)

    def construct(self, command):
        step = ops.clamp(command - self.last_angle, -self.max_step, self.max_step)
        out = self.last_angle + step
        ops.assign(self.last_angle, out)
        return out


def make():
    np.random.seed(32)
    cmd = np.random.uniform(-30, 30, size=(6,)).astype(np.float32)
    return SlewLimiterParam(), (Tensor(cmd),)
