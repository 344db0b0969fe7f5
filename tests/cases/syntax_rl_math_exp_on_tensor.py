# case: RL soft-Q target uses math.exp and math.log on a tensor temperature-scaled value inside construct; expect error at STRICT, maybe fallback at LAX
import math
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class SoftQ(nn.Cell):
    def __init__(self, obs_dim=4, n_actions=3):
        super().__init__()
        self.fc = nn.Dense(obs_dim, n_actions)

    def construct(self, obs):
        return self.fc(obs)


class Net(nn.Cell):
    def __init__(self, alpha=0.5, gamma=0.99):
        super().__init__()
        self.q = SoftQ()
        self.alpha = alpha
        self.gamma = gamma

    def construct(self, next_obs, reward):
        next_q = self.q(next_obs)
        peak = next_q.max()
        soft_v = self.alpha * math.log(math.exp(peak / self.alpha))
        return reward + self.gamma * soft_v


def make():
    obs = Tensor(np.random.randn(3, 4).astype(np.float32))
    return Net(), (obs, Tensor(np.ones(3, np.float32)))
