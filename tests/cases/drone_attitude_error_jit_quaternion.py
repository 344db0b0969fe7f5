# case: an @ms.jit function computes the quaternion attitude error and body-rate command for a batch of drones -> static shapes, compiles fine
import numpy as np
import mindspore as ms
from mindspore import ops, Tensor


def quat_conj(q):
    return ops.concat((q[:, :1], -q[:, 1:]), 1)


def quat_mul(a, b):
    w1, x1, y1, z1 = a[:, 0], a[:, 1], a[:, 2], a[:, 3]
    w2, x2, y2, z2 = b[:, 0], b[:, 1], b[:, 2], b[:, 3]
    return ops.stack((w1 * w2 - x1 * x2 - y1 * y2 - z1 * z2,
                      w1 * x2 + x1 * w2 + y1 * z2 - z1 * y2,
                      w1 * y2 - x1 * z2 + y1 * w2 + z1 * x2,
                      w1 * z2 + x1 * y2 - y1 * x2 + z1 * w2), 1)


@ms.jit
def rate_command(q_des, q_cur, kp):
    q_err = quat_mul(quat_conj(q_cur), q_des)
    sign = ops.where(q_err[:, :1] < 0, -ops.ones_like(q_err[:, :1]), ops.ones_like(q_err[:, :1]))
    return 2.0 * kp * sign * q_err[:, 1:]


def make():
    np.random.seed(37)
    qd = np.random.randn(5, 4).astype(np.float32)
    qc = np.random.randn(5, 4).astype(np.float32)
    qd /= np.linalg.norm(qd, axis=1, keepdims=True)
    qc /= np.linalg.norm(qc, axis=1, keepdims=True)
    return rate_command, (Tensor(qd), Tensor(qc), Tensor(np.array(3.0, dtype=np.float32)))
