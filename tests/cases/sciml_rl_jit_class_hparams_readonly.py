# case: A2C loss reading coefficients from an @ms.jit_class hyper-parameter object held by the Cell -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


@ms.jit_class
class A2CConfig:
    def __init__(self, gamma=0.99, value_coef=0.5, entropy_coef=0.01):
        self.gamma = gamma
        self.value_coef = value_coef
        self.entropy_coef = entropy_coef

    def total(self, pg, vf, ent):
        return pg + self.value_coef * vf - self.entropy_coef * ent


class A2CLoss(nn.Cell):
    def __init__(self, obs_dim=6, n_actions=3, cfg=None):
        super().__init__()
        self.cfg = cfg if cfg is not None else A2CConfig()
        self.actor = nn.Dense(obs_dim, n_actions)
        self.critic = nn.Dense(obs_dim, 1)

    def construct(self, obs, actions, rewards, next_obs, dones):
        logp_all = ops.log_softmax(self.actor(obs), -1)
        v = self.critic(obs).squeeze(-1)
        v_next = ops.stop_gradient(self.critic(next_obs).squeeze(-1))
        target = rewards + self.cfg.gamma * (1.0 - dones) * v_next
        adv = ops.stop_gradient(target - v)
        logp = ops.gather_elements(logp_all, 1, actions.expand_dims(-1)).squeeze(-1)
        ent = -(ops.exp(logp_all) * logp_all).sum(-1).mean()
        return self.cfg.total(-(logp * adv).mean(), ops.square(target - v).mean(), ent)


def make():
    np.random.seed(21)
    B = 10
    obs = Tensor(np.random.rand(B, 6).astype(np.float32))
    act = Tensor(np.random.randint(0, 3, B).astype(np.int32))
    rew = Tensor(np.random.rand(B).astype(np.float32))
    nxt = Tensor(np.random.rand(B, 6).astype(np.float32))
    done = Tensor(np.zeros(B, np.float32))
    return A2CLoss(), (obs, act, rew, nxt, done)
