# case: autoregressive trajectory rollout that keeps appending steps while any agent is still far from its goal -> compile error at line 22
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class GoalConditionedRollout(nn.Cell):
    def __init__(self, hidden=16, goal_tol=0.5, step_scale=0.5):
        super().__init__()
        self.goal_tol = goal_tol
        self.step_scale = step_scale
        self.policy = nn.SequentialCell([nn.Dense(4, hidden), nn.Tanh(), nn.Dense(hidden, 2)])

    def step(self, pos, goal):
        delta = self.policy(ops.concat([pos, goal - pos], axis=-1))
        direction = (goal - pos) / (ops.norm(goal - pos, dim=-1, keepdim=True) + 1e-6)
        return pos + self.step_scale * direction + 0.01 * delta

    def construct(self, start, goal):
        pos = start
        traj = start.expand_dims(1)
        while (ops.norm(goal - pos, dim=-1) > self.goal_tol).any():
            pos = self.step(pos, goal)
            traj = ops.concat([traj, pos.expand_dims(1)], axis=1)
        return traj


def make():
    np.random.seed(20)
    start = Tensor(np.zeros((3, 2), dtype=np.float32))
    goal = Tensor(np.random.uniform(1, 3, size=(3, 2)).astype(np.float32))
    return GoalConditionedRollout(), (start, goal)
