# case: actor-critic head that clips actions with a bound read from the config in __init__ and returns a value only when the critic flag is set -> static graph is fine
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class PolicyConfig:
    num_obs = 48
    num_critic_obs = 48
    num_actions = 12
    hidden = [64, 64]
    clip_actions = 1.0
    with_critic = True


def mlp(in_dim, hidden, out_dim):
    cells, d = [], in_dim
    for h in hidden:
        cells.extend([nn.Dense(d, h), nn.ELU()])
        d = h
    cells.append(nn.Dense(d, out_dim))
    return nn.SequentialCell(cells)


class ActorCritic(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.clip_actions = config.clip_actions
        self.with_critic = getattr(config, "with_critic", False)
        self.actor = mlp(config.num_obs, config.hidden, config.num_actions)
        self.critic = mlp(config.num_critic_obs, config.hidden, 1)

    def construct(self, obs, critic_obs=None):
        actions = ops.clamp(self.actor(obs), -self.clip_actions, self.clip_actions)
        if self.with_critic and critic_obs is not None:
            return actions, self.critic(critic_obs).squeeze(-1)
        return (actions,)


def make():
    np.random.seed(6)
    cfg = PolicyConfig()
    obs = Tensor(np.random.randn(8, cfg.num_obs).astype(np.float32))
    cobs = Tensor(np.random.randn(8, cfg.num_critic_obs).astype(np.float32))
    return ActorCritic(cfg), (obs, cobs)
