# case: PPO rollout step that builds a plain Python Transition record inside construct, fills its fields and returns values computed from it -> Graph mode rejects creating a non-jit Python class instance
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class Transition:
    def __init__(self):
        self.observations = None
        self.actions = None
        self.values = None

    def clear(self):
        self.__init__()


class PPOConfig:
    num_obs = 24
    num_actions = 6
    gamma = 0.99


class RolloutActor(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.actor = nn.Dense(config.num_obs, config.num_actions)
        self.critic = nn.Dense(config.num_obs, 1)

    def act(self, obs):
        t = Transition()
        t.observations = obs
        t.actions = ops.tanh(self.actor(obs))
        t.values = self.critic(obs)
        return t

    def construct(self, obs):
        t = self.act(obs)
        return t.actions, t.values.squeeze(-1)


def make():
    np.random.seed(11)
    cfg = PPOConfig()
    obs = Tensor(np.random.randn(8, cfg.num_obs).astype(np.float32))
    return RolloutActor(cfg), (obs,)
