# case: DH-parameter FK where a @jit_class table of link constants is read inside construct -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


@ms.jit_class
class DHTable:
    def __init__(self):
        self.a = (0.0, 0.3, 0.25)
        self.alpha = (1.5708, 0.0, 0.0)
        self.d = (0.1, 0.0, 0.0)


class DHForwardKinematics(nn.Cell):
    def __init__(self, table=None):
        super().__init__()
        self.table = table if table is not None else DHTable()

    def dh_matrix(self, theta, a, alpha, d):
        ct, st = ops.cos(theta), ops.sin(theta)
        ca, sa = float(np.cos(alpha)), float(np.sin(alpha))
        zero, one = ops.zeros_like(theta), ops.ones_like(theta)
        row0 = ops.stack((ct, -st * ca, st * sa, a * ct), axis=-1)
        row1 = ops.stack((st, ct * ca, -ct * sa, a * st), axis=-1)
        row2 = ops.stack((zero, zero + sa, zero + ca, zero + d), axis=-1)
        row3 = ops.stack((zero, zero, zero, one), axis=-1)
        return ops.stack((row0, row1, row2, row3), axis=-2)

    def construct(self, q):
        T = ops.eye(4, 4, ms.float32)
        T = ops.broadcast_to(T, (q.shape[0], 4, 4))
        for i in range(3):
            A = self.dh_matrix(q[:, i], self.table.a[i], self.table.alpha[i], self.table.d[i])
            T = ops.bmm(T, A)
        return T[:, :3, 3]


def make():
    np.random.seed(10)
    q = Tensor(np.random.uniform(-1.0, 1.0, (2, 3)).astype(np.float32))
    return DHForwardKinematics(), (q,)
