# case: locomotion policy wrapper that keeps previous actions in a non-trainable Parameter created by a helper and updates it with ops.assign, zeroing finished envs by mask multiplication -> static graph is fine
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, Parameter


class WrapperConfig:
    num_obs = 45
    num_actions = 12
    action_scale = 0.25
    num_envs = 8


class ActionHistoryMixin:
    def _make_action_buffer(self, num_envs, num_actions):
        self.last_actions = Parameter(Tensor(np.zeros((num_envs, num_actions), np.float32)),
                                      name="last_actions", requires_grad=False)

    def _push_actions(self, actions, dones):
        keep = 1.0 - dones.astype(actions.dtype).expand_dims(-1)
        ops.assign(self.last_actions, actions * keep)


class PolicyWithActionHistory(nn.Cell, ActionHistoryMixin):
    def __init__(self, config):
        super().__init__()
        self.action_scale = config.action_scale
        self.policy = nn.SequentialCell(nn.Dense(config.num_obs + config.num_actions, 64),
                                        nn.ELU(), nn.Dense(64, config.num_actions))
        self._make_action_buffer(config.num_envs, config.num_actions)

    def construct(self, obs, dones):
        x = ops.concat((obs, self.last_actions), axis=-1)
        actions = self.policy(x) * self.action_scale
        action_rate = ops.square(actions - self.last_actions).sum(-1)
        self._push_actions(actions, dones)
        return actions, action_rate


def make():
    np.random.seed(13)
    cfg = WrapperConfig()
    obs = Tensor(np.random.randn(cfg.num_envs, cfg.num_obs).astype(np.float32))
    dones = Tensor(np.random.rand(cfg.num_envs) > 0.7)
    return PolicyWithActionHistory(cfg), (obs, dones)
