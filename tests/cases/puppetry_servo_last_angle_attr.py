# case: servo slew limiter that remembers the last commanded angle by assigning to a self attribute inside construct -> attribute write in construct, expected to be rejected in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class SlewLimiter(nn.Cell):
    def __init__(self, n_servos=6, max_step_deg=4.0):
        super().__init__()
        self.max_step = max_step_deg
        self.last_angle = Tensor(np.zeros(n_servos, np.float32))

    def construct(self, command):
        step = ops.clamp(command - self.last_angle, -self.max_step, self.max_step)
        out = self.last_angle + step
        self.last_angle = out
        return out


def make():
    np.random.seed(31)
    cmd = np.random.uniform(-30, 30, size=(6,)).astype(np.float32)
    return SlewLimiter(), (Tensor(cmd),)
