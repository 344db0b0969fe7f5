# case: damped least-squares IK for a 2-link arm iterating in a while loop until the tensor error drops below tolerance -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class TwoLinkIK(nn.Cell):
    def __init__(self, l1=0.5, l2=0.4, damping=0.05, tol=1e-3, max_iters=20):
        super().__init__()
        self.l1 = l1
        self.l2 = l2
        self.damping = damping
        self.tol = tol
        self.max_iters = max_iters

    def fk(self, q):
        x = self.l1 * ops.cos(q[0]) + self.l2 * ops.cos(q[0] + q[1])
        y = self.l1 * ops.sin(q[0]) + self.l2 * ops.sin(q[0] + q[1])
        return ops.stack((x, y))

    def jacobian(self, q):
        s1, c1 = ops.sin(q[0]), ops.cos(q[0])
        s12, c12 = ops.sin(q[0] + q[1]), ops.cos(q[0] + q[1])
        row0 = ops.stack((-self.l1 * s1 - self.l2 * s12, -self.l2 * s12))
        row1 = ops.stack((self.l1 * c1 + self.l2 * c12, self.l2 * c12))
        return ops.stack((row0, row1))

    def construct(self, q, target):
        err = target - self.fk(q)
        it = Tensor(0, ms.int32)
        while ops.norm(err) > self.tol and it < self.max_iters:
            J = self.jacobian(q)
            JJt = ops.matmul(J, J.T) + self.damping * ops.eye(2, 2, ms.float32)
            dq = ops.matmul(J.T, ops.matmul(ops.inverse(JJt), err.reshape(2, 1))).reshape(2)
            q = q + dq
            err = target - self.fk(q)
            it = it + 1
        return q, ops.norm(err)


def make():
    q = Tensor(np.array([0.3, 0.6], np.float32))
    target = Tensor(np.array([0.5, 0.4], np.float32))
    return TwoLinkIK(), (q, target)
