# case: heading controller logs the heading error with print of an f-string of tensors inside construct -> f-string formatting of tensor values / print in graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class HeadingController(nn.Cell):
    def __init__(self, kp=1.5, w_max=1.0, verbose=True):
        super().__init__()
        self.kp = kp
        self.w_max = w_max
        self.verbose = verbose

    def wrap(self, a):
        return ops.atan2(ops.sin(a), ops.cos(a))

    def construct(self, yaw, target_yaw):
        err = self.wrap(target_yaw - yaw)
        w = ops.clamp(self.kp * err, -self.w_max, self.w_max)
        if self.verbose:
            print(f"heading err={err.mean()} rad, w_cmd={w.max()}")
        return w


def make():
    np.random.seed(26)
    yaw = np.random.uniform(-3, 3, size=(4,)).astype(np.float32)
    tgt = np.random.uniform(-3, 3, size=(4,)).astype(np.float32)
    return HeadingController(), (Tensor(yaw), Tensor(tgt))
