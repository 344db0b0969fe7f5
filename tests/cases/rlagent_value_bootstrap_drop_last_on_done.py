# case: critic targets drop the bootstrap step only when the rollout ended in a terminal state (tensor if, branches with different lengths) -> compile error at line 26
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class CriticTargets(nn.Cell):
    def __init__(self, obs_dim=3, gamma=0.95):
        super().__init__()
        self.gamma = gamma
        self.v = nn.Dense(obs_dim, 1)

    def _td_targets(self, rewards, values):
        return rewards + self.gamma * values[1:]

    def construct(self, obs, rewards, dones):
        # obs: [T+1, obs_dim], rewards/dones: [T]
        values = self.v(obs).squeeze(-1)
        targets = self._td_targets(rewards, values)
        if dones[-1] > 0.5:
            # terminal: the last target has no bootstrap, drop it
            targets = targets[:-1]
            preds = values[:-2]
        else:
            preds = values[:-1]
        return ((preds - targets) ** 2).mean(), targets


def make():
    np.random.seed(15)
    obs = Tensor(np.random.randn(6, 3).astype(np.float32))
    rewards = Tensor(np.random.rand(5).astype(np.float32))
    dones = Tensor(np.array([0, 0, 0, 0, 1], np.float32))
    return CriticTargets(), (obs, rewards, dones)
