# case: damped Jacobian-transpose IK refinement that loops while the end-effector error is above tolerance, keeping joint vector shape fixed -> static control flow in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class PlanarArmIK(nn.Cell):
    def __init__(self, link_lengths=(0.4, 0.3, 0.2), tol=1e-3, step=0.5, max_iters=50):
        super().__init__()
        self.links = Tensor(np.array(link_lengths, np.float32))
        self.tol = tol
        self.step = step
        self.max_iters = max_iters

    def forward_kin(self, q):
        cum = ops.cumsum(q, 0)
        x = (self.links * ops.cos(cum)).sum()
        y = (self.links * ops.sin(cum)).sum()
        return ops.stack([x, y])

    def jacobian_t_step(self, q, err):
        cum = ops.cumsum(q, 0)
        dx = -ops.flip(ops.cumsum(ops.flip(self.links * ops.sin(cum), (0,)), 0), (0,))
        dy = ops.flip(ops.cumsum(ops.flip(self.links * ops.cos(cum), (0,)), 0), (0,))
        return q + self.step * (dx * err[0] + dy * err[1])

    def construct(self, q, target):
        err = target - self.forward_kin(q)
        it = 0
        while ops.norm(err) > self.tol and it < self.max_iters:
            q = self.jacobian_t_step(q, err)
            err = target - self.forward_kin(q)
            it += 1
        return q, ops.norm(err)


def make():
    np.random.seed(2)
    q0 = Tensor(np.array([0.3, 0.4, 0.2], np.float32))
    target = Tensor(np.array([0.5, 0.4], np.float32))
    return PlanarArmIK(), (q0, target)
