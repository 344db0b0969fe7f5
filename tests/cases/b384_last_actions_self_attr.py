# case: locomotion policy wrapper that caches the previous actions on self (plain attribute, not a Parameter) inside construct to build the action-rate observation -> Graph mode may reject writing a tensor attribute
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class WrapperConfig:
    num_obs = 45
    num_actions = 12
    action_scale = 0.25
    include_last_action = True


class PolicyWithActionHistory(nn.Cell):
    def __init__(self, config, num_envs=8):
        super().__init__()
        self.action_scale = config.action_scale
        self.include_last_action = config.include_last_action
        in_dim = config.num_obs + (config.num_actions if self.include_last_action else 0)
        self.policy = nn.SequentialCell(nn.Dense(in_dim, 64), nn.ELU(),
                                        nn.Dense(64, config.num_actions))
        self.last_actions = Tensor(np.zeros((num_envs, config.num_actions), np.float32))

    def construct(self, obs):
        if self.include_last_action:
            obs = ops.concat((obs, self.last_actions), axis=-1)
        actions = self.policy(obs) * self.action_scale
        self.last_actions = actions
        return actions


def make():
    np.random.seed(12)
    cfg = WrapperConfig()
    obs = Tensor(np.random.randn(8, cfg.num_obs).astype(np.float32))
    return PolicyWithActionHistory(cfg), (obs,)
