# case: velocity controller with an optional wind estimate input tested with `is None`, plus a Python-bool feedforward flag -> static shapes, compiles fine
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class VelocityController(nn.Cell):
    def __init__(self, kp=1.2, kd=0.3, feedforward=True, max_tilt=0.35):
        super().__init__()
        self.kp = kp
        self.kd = kd
        self.feedforward = feedforward
        self.max_tilt = max_tilt

    def construct(self, vel_cmd, vel, accel, wind=None):
        cmd = self.kp * (vel_cmd - vel) - self.kd * accel
        if wind is not None:
            cmd = cmd - 0.1 * wind
        if self.feedforward:
            cmd = cmd + 0.05 * vel_cmd
        tilt = ops.clamp(cmd[..., :2], -self.max_tilt, self.max_tilt)
        return ops.concat((tilt, cmd[..., 2:]), -1)


def make():
    np.random.seed(33)
    vc = np.random.randn(5, 3).astype(np.float32)
    v = np.random.randn(5, 3).astype(np.float32)
    a = np.random.randn(5, 3).astype(np.float32)
    return VelocityController(), (Tensor(vc), Tensor(v), Tensor(a), None)
