# case: goal checker uses ops.select to zero the command when within tolerance instead of a Python branch -> static, compiles
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class GoalStopper(nn.Cell):
    def __init__(self, goal_tol=0.25, k_v=0.6, k_w=1.2, v_cap=0.5):
        super().__init__()
        self.goal_tol = goal_tol
        self.k_v = k_v
        self.k_w = k_w
        self.v_cap = v_cap

    def construct(self, poses, goals):
        d = goals - poses[:, :2]
        dist = ops.sqrt((d * d).sum(-1))
        bearing = ops.atan2(d[:, 1], d[:, 0]) - poses[:, 2]
        bearing = ops.atan2(ops.sin(bearing), ops.cos(bearing))
        v = ops.clamp(self.k_v * dist, 0.0, self.v_cap)
        w = self.k_w * bearing
        cmd = ops.stack([v, w], axis=1)
        reached = (dist < self.goal_tol).expand_dims(-1).broadcast_to(cmd.shape)
        return ops.select(reached, ops.zeros_like(cmd), cmd), reached[:, 0]


def make():
    np.random.seed(13)
    poses = np.random.uniform(-1, 1, size=(5, 3)).astype(np.float32)
    goals = poses[:, :2] + np.random.uniform(-0.4, 0.4, size=(5, 2)).astype(np.float32)
    return GoalStopper(), (Tensor(poses), Tensor(goals))
