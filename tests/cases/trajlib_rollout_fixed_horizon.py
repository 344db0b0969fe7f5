# case: autoregressive rollout decoder unrolls a fixed horizon from the config, collects waypoints in a list and stacks them; a reached-goal mask freezes finished agents -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class RolloutConfig:
    hidden_size = 32
    goal_tolerance = 1.0
    future_steps = 12


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
        self.horizon = config.future_steps
        self.step = StepDecoder(config.hidden_size)

    def construct(self, start, goal, h):
        pos = start
        waypoints = []
        for _ in range(self.horizon):
            nxt, h = self.step(pos, h)
            done = (ops.norm(pos - goal, dim=-1, keepdim=True) < self.tol)
            pos = ops.select(ops.broadcast_to(done, pos.shape), pos, nxt)
            waypoints.append(pos)
        return ops.stack(waypoints, axis=1)


def make():
    np.random.seed(13)
    start = Tensor(np.zeros((2, 2), dtype=np.float32))
    goal = Tensor(np.array([[3.0, 1.0], [2.0, -2.0]], dtype=np.float32))
    h = Tensor(np.zeros((2, 32), dtype=np.float32))
    return GoalRollout(RolloutConfig()), (start, goal, h)
