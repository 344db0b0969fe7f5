# case: DQN target where terminal transitions are overwritten with the raw reward by boolean-mask item assignment -> dynamic shape at line 27
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class QNetwork(nn.Cell):
    def __init__(self, obs_dim, n_actions, hidden=24):
        super().__init__()
        self.fc1 = nn.Dense(obs_dim, hidden, activation="relu")
        self.fc2 = nn.Dense(hidden, n_actions)

    def construct(self, x):
        return self.fc2(self.fc1(x))


class DQNTarget(nn.Cell):
    def __init__(self, obs_dim=4, n_actions=3, gamma=0.99):
        super().__init__()
        self.gamma = gamma
        self.target_q = QNetwork(obs_dim, n_actions)

    def construct(self, reward, next_obs, done):
        next_q = self.target_q(next_obs).max(axis=-1)
        target = reward + self.gamma * next_q
        terminal = done > 0.5
        target[terminal] = reward[terminal]
        return ops.stop_gradient(target)


def make():
    np.random.seed(14)
    rew = Tensor(np.random.rand(6).astype(np.float32))
    nobs = Tensor(np.random.randn(6, 4).astype(np.float32))
    done = Tensor(np.array([0, 1, 0, 0, 1, 0], np.float32))
    return DQNTarget(), (rew, nobs, done)
