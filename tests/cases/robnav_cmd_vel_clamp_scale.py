# case: velocity limiter that clamps linear/angular speed and scales both to respect an acceleration bound -> static, compiles
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class CmdVelFilter(nn.Cell):
    def __init__(self, v_max=0.8, w_max=1.5, a_max=0.5, dt=0.1, allow_reverse=False):
        super().__init__()
        self.v_max = v_max
        self.w_max = w_max
        self.dv_max = a_max * dt
        self.v_min = -v_max if allow_reverse else 0.0

    def construct(self, cmd, prev_cmd):
        v = ops.clamp(cmd[:, 0], self.v_min, self.v_max)
        w = ops.clamp(cmd[:, 1], -self.w_max, self.w_max)
        dv = v - prev_cmd[:, 0]
        dv = ops.clamp(dv, -self.dv_max, self.dv_max)
        v_lim = prev_cmd[:, 0] + dv
        ratio = ops.where(ops.abs(v) > 1e-6, v_lim / (v + 1e-9), ops.ones_like(v))
        ratio = ops.clamp(ratio, 0.0, 1.0)
        return ops.stack([v_lim, w * ratio], axis=1)


def make():
    np.random.seed(11)
    cmd = np.random.uniform(-2, 2, size=(4, 2)).astype(np.float32)
    prev = np.random.uniform(0, 0.5, size=(4, 2)).astype(np.float32)
    return CmdVelFilter(), (Tensor(cmd), Tensor(prev))
