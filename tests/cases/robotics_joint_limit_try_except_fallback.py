# case: joint-limit enforcement wrapped in try/except that falls back to plain clipping -> compile error at line 22
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class JointLimitEnforcer(nn.Cell):
    def __init__(self, q_min=(-2.9, -1.7, -2.9, -3.0), q_max=(2.9, 1.7, 2.9, 0.0), dt=0.02):
        super().__init__()
        self.q_min = Tensor(np.array(q_min, np.float32))
        self.q_max = Tensor(np.array(q_max, np.float32))
        self.dt = dt

    def velocity_bounds(self, q):
        lo = (self.q_min - q) / self.dt
        hi = (self.q_max - q) / self.dt
        if ops.any(lo > hi):
            raise ValueError("joint outside limits")
        return lo, hi

    def construct(self, q, qdot_cmd):
        try:
            lo, hi = self.velocity_bounds(q)
            return ops.clamp(qdot_cmd, lo, hi)
        except ValueError:
            return ops.zeros_like(qdot_cmd)


def make():
    np.random.seed(27)
    q = Tensor(np.array([0.1, -0.5, 1.0, -1.0], np.float32))
    qdot = Tensor((5.0 * np.random.randn(4)).astype(np.float32))
    return JointLimitEnforcer(), (q, qdot)
