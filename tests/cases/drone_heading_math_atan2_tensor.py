# case: computes the yaw command toward the target with math.atan2 and math.degrees on tensor elements in a helper method -> Python math on tensors inside construct
import math
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class YawController(nn.Cell):
    def __init__(self, kp=0.8, max_rate=45.0):
        super().__init__()
        self.kp = kp
        self.max_rate = max_rate

    def bearing_deg(self, delta):
        return math.degrees(math.atan2(delta[1], delta[0]))

    def construct(self, pos, target, yaw_deg):
        delta = target - pos
        err = self.bearing_deg(delta) - yaw_deg
        err = (err + 180.0) % 360.0 - 180.0
        rate = ops.clip_by_value(self.kp * err, -self.max_rate, self.max_rate)
        return rate


def make():
    np.random.seed(27)
    pos = np.array([0.0, 0.0, 3.0], dtype=np.float32)
    tgt = np.array([4.0, 3.0, 3.0], dtype=np.float32)
    return YawController(), (Tensor(pos), Tensor(tgt), Tensor(np.array(10.0, dtype=np.float32)))
