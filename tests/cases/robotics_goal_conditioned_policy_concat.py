# case: goal-conditioned policy concatenating observation and goal, optional goal embedding -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class GoalConditionedPolicy(nn.Cell):
    def __init__(self, obs_dim=10, goal_dim=3, action_dim=4, hidden=64,
                 embed_goal=True, goal_embed_dim=8, action_scale=1.0):
        super().__init__()
        self.embed_goal = embed_goal
        in_goal = goal_embed_dim if embed_goal else goal_dim
        if embed_goal:
            self.goal_encoder = nn.Dense(goal_dim, goal_embed_dim)
        self.mlp = nn.SequentialCell(nn.Dense(obs_dim + in_goal, hidden), nn.ReLU(),
                                     nn.Dense(hidden, hidden), nn.ReLU())
        self.mu = nn.Dense(hidden, action_dim)
        self.action_scale = action_scale

    def relative_goal(self, obs, goal):
        return goal - obs[:, :goal.shape[-1]]

    def construct(self, obs, goal):
        g = self.relative_goal(obs, goal)
        if self.embed_goal:
            g = ops.relu(self.goal_encoder(g))
        h = self.mlp(ops.concat((obs, g), axis=-1))
        return self.action_scale * ops.tanh(self.mu(h))


def make():
    np.random.seed(16)
    obs = Tensor(np.random.randn(4, 10).astype(np.float32))
    goal = Tensor(np.random.randn(4, 3).astype(np.float32))
    return GoalConditionedPolicy(), (obs, goal)
