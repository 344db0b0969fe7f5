# case: potential-based reward shaping with distance-to-goal potential and optional action penalty flag -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class PotentialShaping(nn.Cell):
    def __init__(self, gamma=0.99, success_radius=0.05, success_bonus=10.0,
                 action_penalty=None):
        super().__init__()
        self.gamma = gamma
        self.success_radius = success_radius
        self.success_bonus = success_bonus
        self.action_penalty = action_penalty

    def potential(self, pos, goal):
        return -ops.norm(pos - goal, dim=-1)

    def construct(self, pos, next_pos, goal, action, env_reward):
        shaped = env_reward + self.gamma * self.potential(next_pos, goal) - self.potential(pos, goal)
        reached = ops.norm(next_pos - goal, dim=-1) < self.success_radius
        shaped = shaped + ops.select(reached, ops.full_like(shaped, self.success_bonus),
                                     ops.zeros_like(shaped))
        if self.action_penalty is not None:
            shaped = shaped - self.action_penalty * (action * action).sum(-1)
        return shaped


def make():
    np.random.seed(20)
    pos = Tensor(np.random.randn(5, 3).astype(np.float32))
    nxt = Tensor(np.random.randn(5, 3).astype(np.float32))
    goal = Tensor(np.zeros((5, 3), np.float32))
    act = Tensor(np.random.randn(5, 2).astype(np.float32))
    rew = Tensor(np.zeros((5,), np.float32))
    return PotentialShaping(), (pos, nxt, goal, act, rew)
