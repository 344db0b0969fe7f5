# case: RL actor keeps a plain Python EpisodeStats object on self and increments its counters with tensor rewards in construct; expect error at both levels
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class EpisodeStats:
    def __init__(self):
        self.total_reward = 0.0
        self.steps = 0


class Net(nn.Cell):
    def __init__(self, obs_dim=4, n_actions=2):
        super().__init__()
        self.pi = nn.Dense(obs_dim, n_actions)
        self.stats = EpisodeStats()

    def construct(self, obs, reward):
        logits = self.pi(obs)
        self.stats.total_reward = self.stats.total_reward + reward.sum()
        self.stats.steps += 1
        action = logits.argmax(-1)
        return action, self.stats.total_reward / self.stats.steps


def make():
    obs = Tensor(np.random.randn(3, 4).astype(np.float32))
    reward = Tensor(np.ones(3, np.float32))
    return Net(), (obs, reward)
