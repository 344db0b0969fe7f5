# case: jit function ramps the commanded velocity toward a target under acceleration limits with clamp -> static, compiles
import numpy as np
import mindspore as ms
from mindspore import ops, Tensor

ACC_LIMITS = (0.5, 1.2)  # linear m/s^2, angular rad/s^2
DT = 0.05


@ms.jit
def ramp_cmd(current, target):
    max_step = ops.stack([Tensor(ACC_LIMITS[0] * DT, ms.float32), Tensor(ACC_LIMITS[1] * DT, ms.float32)])
    step = ops.clamp(target - current, -max_step, max_step)
    nxt = current + step
    v = ops.clamp(nxt[..., 0], -0.3, 1.0)
    w = ops.clamp(nxt[..., 1], -2.0, 2.0)
    return ops.stack([v, w], axis=-1)


def make():
    np.random.seed(34)
    cur = np.random.uniform(-0.2, 0.5, size=(3, 2)).astype(np.float32)
    tgt = np.random.uniform(-1.0, 1.5, size=(3, 2)).astype(np.float32)
    return ramp_cmd, (Tensor(cur), Tensor(tgt))
