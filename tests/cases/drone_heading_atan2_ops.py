# case: computes the yaw-rate command toward the target with ops.atan2 and wrap-around arithmetic on tensors -> static shapes, compiles fine
import math
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class YawRateController(nn.Cell):
    def __init__(self, kp=0.8, max_rate=45.0):
        super().__init__()
        self.kp = kp
        self.max_rate = max_rate
        self.rad2deg = 180.0 / math.pi

    def bearing_deg(self, delta):
        return ops.atan2(delta[..., 1], delta[..., 0]) * self.rad2deg

    def construct(self, pos, target, yaw_deg):
        err = self.bearing_deg(target - pos) - yaw_deg
        err = ops.remainder(err + 180.0, 360.0) - 180.0
        return ops.clamp(self.kp * err, -self.max_rate, self.max_rate)


def make():
    np.random.seed(28)
    pos = np.random.randn(4, 3).astype(np.float32)
    tgt = np.random.randn(4, 3).astype(np.float32) * 5
    yaw = np.random.uniform(-180, 180, size=(4,)).astype(np.float32)
    return YawRateController(), (Tensor(pos), Tensor(tgt), Tensor(yaw))
