# case: critic loss branches on whether any episode terminated (tensor condition) but both branches keep the same shape -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class TerminalAwareCritic(nn.Cell):
    def __init__(self, obs_dim=4, gamma=0.99, terminal_bonus=0.0):
        super().__init__()
        self.gamma = gamma
        self.terminal_bonus = terminal_bonus
        self.v = nn.SequentialCell([nn.Dense(obs_dim, 16), nn.Tanh(), nn.Dense(16, 1)])

    def _bootstrap(self, next_obs):
        return ops.stop_gradient(self.v(next_obs).squeeze(-1))

    def construct(self, obs, reward, next_obs, done):
        next_v = self._bootstrap(next_obs)
        if done.sum() > 0:
            target = reward + self.gamma * (1.0 - done) * next_v + self.terminal_bonus * done
        else:
            target = reward + self.gamma * next_v
        v = self.v(obs).squeeze(-1)
        return ((v - target) ** 2).mean()


def make():
    np.random.seed(36)
    obs = Tensor(np.random.randn(5, 4).astype(np.float32))
    nobs = Tensor(np.random.randn(5, 4).astype(np.float32))
    rew = Tensor(np.random.rand(5).astype(np.float32))
    done = Tensor(np.array([0, 0, 1, 0, 0], np.float32))
    return TerminalAwareCritic(), (obs, rew, nobs, done)
