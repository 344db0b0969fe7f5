# case: jit function that limits each IK joint update to a maximum velocity times dt and projects into joint limits -> static elementwise ops in Graph mode
import numpy as np
import mindspore as ms
from mindspore import ops, Tensor

MAX_VEL = 1.5
DT = 0.02


@ms.jit
def safe_joint_step(q, dq, lower, upper):
    limit = MAX_VEL * DT
    dq = ops.clamp(dq, -limit, limit)
    q_next = ops.minimum(ops.maximum(q + dq, lower), upper)
    saturated = ops.logical_or(q_next <= lower, q_next >= upper)
    return q_next, saturated.astype(ms.int32).sum()


def make():
    np.random.seed(36)
    q = Tensor(np.random.uniform(-2, 2, 7).astype(np.float32))
    dq = Tensor(np.random.randn(7).astype(np.float32) * 0.1)
    lower = Tensor(np.full(7, -2.8, np.float32))
    upper = Tensor(np.full(7, 2.8, np.float32))
    return safe_joint_step, (q, dq, lower, upper)
