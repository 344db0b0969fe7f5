# case: step the mould cooling while the hottest point is above shake-out, keeping only the running temperature and step count (same shapes every iteration) -> tensor-conditioned while loop with fixed shapes, expected to compile
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ShakeoutTimer(nn.Cell):
    def __init__(self, ambient=25.0, k_cool=0.08, shakeout=300.0, dt_min=5.0):
        super().__init__()
        self.ambient = ambient
        self.k_cool = k_cool
        self.shakeout = shakeout
        self.dt_min = dt_min

    def construct(self, temp0):
        temp = temp0
        steps = Tensor(0, ms.int32)
        while temp.max() > self.shakeout:
            temp = temp - self.k_cool * (temp - self.ambient)
            steps = steps + 1
        minutes = steps.astype(ms.float32) * self.dt_min
        return temp, minutes


def make():
    np.random.seed(32)
    temp0 = (1100.0 + 20.0 * np.random.randn(6)).astype(np.float32)
    return ShakeoutTimer(), (Tensor(temp0),)
