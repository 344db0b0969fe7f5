# case: damped least-squares IK that refines joints for a fixed number of iterations set in the constructor, tracking the final error -> constant loop with static shapes in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class DLSInverseKinematics(nn.Cell):
    def __init__(self, num_iters=8, damping=0.1):
        super().__init__()
        self.num_iters = num_iters
        self.damping = damping
        self.jac = Tensor(np.array([[0.5, 0.3, 0.1, 0.0],
                                    [0.0, 0.4, 0.3, 0.2],
                                    [0.1, 0.0, 0.2, 0.5]], np.float32))
        self.eye = Tensor(np.eye(3, dtype=np.float32))

    def fk(self, q):
        return ops.matmul(self.jac, ops.sin(q))

    def construct(self, q, target):
        for _ in range(self.num_iters):
            err = target - self.fk(q)
            j = self.jac * ops.cos(q).expand_dims(0)
            jjt = ops.matmul(j, j.T) + self.damping * self.eye
            dq = ops.matmul(j.T, ops.matmul(ops.inverse(jjt), err.expand_dims(-1))).squeeze(-1)
            q = q + dq
        return q, ops.norm(target - self.fk(q))


def make():
    np.random.seed(29)
    q0 = Tensor(np.zeros(4, np.float32))
    target = Tensor(np.array([0.3, 0.25, 0.2], np.float32))
    return DLSInverseKinematics(), (q0, target)
