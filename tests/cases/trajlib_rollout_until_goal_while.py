# case: autoregressive rollout decoder keeps appending waypoints while the agent is farther than goal_tolerance from its goal (tensor condition), growing the trajectory -> while on tensor with growing shape, expect error
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class RolloutConfig:
    hidden_size = 32
    goal_tolerance = 1.0
    max_steps = 30


class StepDecoder(nn.Cell):
    def __init__(self, hidden):
        super().__init__()
        self.cell = nn.GRUCell(2, hidden)
        self.out = nn.Dense(hidden, 2)

    def construct(self, pos, h):
        h = self.cell(pos, h)
        return pos + self.out(h), h


class GoalRollout(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.tol = config.goal_tolerance
        self.max_steps = config.max_steps
        self.step = StepDecoder(config.hidden_size)

    def construct(self, start, goal, h):
        pos = start
        traj = pos.expand_dims(1)
        n = 0
        while ops.norm(pos - goal, dim=-1).max() > self.tol and n < self.max_steps:
            pos, h = self.step(pos, h)
            traj = ops.concat([traj, pos.expand_dims(1)], axis=1)
            n += 1
        return traj


def make():
    np.random.seed(12)
    start = Tensor(np.zeros((2, 2), dtype=np.float32))
    goal = Tensor(np.array([[3.0, 1.0], [2.0, -2.0]], dtype=np.float32))
    h = Tensor(np.zeros((2, 32), dtype=np.float32))
    return GoalRollout(RolloutConfig()), (start, goal, h)
