# case: full PPO actor-critic loss with ratio clipping, optional value clipping flag and entropy bonus -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ActorCritic(nn.Cell):
    def __init__(self, obs_dim, n_actions, hidden=32):
        super().__init__()
        self.trunk = nn.SequentialCell([nn.Dense(obs_dim, hidden), nn.Tanh()])
        self.pi = nn.Dense(hidden, n_actions)
        self.v = nn.Dense(hidden, 1)

    def construct(self, obs):
        h = self.trunk(obs)
        return self.pi(h), self.v(h).squeeze(-1)


class PPOLoss(nn.Cell):
    def __init__(self, obs_dim=5, n_actions=3, clip_eps=0.2, vf_coef=0.5, ent_coef=0.01, clip_value=True):
        super().__init__()
        self.ac = ActorCritic(obs_dim, n_actions)
        self.clip_eps, self.vf_coef, self.ent_coef = clip_eps, vf_coef, ent_coef
        self.clip_value = clip_value
        self.log_softmax = nn.LogSoftmax(axis=-1)

    def _value_loss(self, v, old_v, returns):
        if self.clip_value:
            v_clip = old_v + ops.clamp(v - old_v, -self.clip_eps, self.clip_eps)
            return ops.maximum((v - returns) ** 2, (v_clip - returns) ** 2).mean()
        return ((v - returns) ** 2).mean()

    def construct(self, obs, actions, old_logp, old_v, adv, returns):
        logits, v = self.ac(obs)
        logp_all = self.log_softmax(logits)
        logp = ops.gather_elements(logp_all, 1, actions.expand_dims(1)).squeeze(1)
        ratio = ops.exp(logp - old_logp)
        pg = -ops.minimum(ratio * adv, ops.clamp(ratio, 1 - self.clip_eps, 1 + self.clip_eps) * adv).mean()
        entropy = -(ops.exp(logp_all) * logp_all).sum(-1).mean()
        return pg + self.vf_coef * self._value_loss(v, old_v, returns) - self.ent_coef * entropy


def make():
    np.random.seed(23)
    B = 8
    obs = Tensor(np.random.randn(B, 5).astype(np.float32))
    actions = Tensor(np.random.randint(0, 3, B).astype(np.int32))
    old_logp = Tensor(np.full(B, np.log(1 / 3), np.float32))
    old_v = Tensor(np.random.randn(B).astype(np.float32))
    adv = Tensor(np.random.randn(B).astype(np.float32))
    ret = Tensor(np.random.randn(B).astype(np.float32))
    return PPOLoss(), (obs, actions, old_logp, old_v, adv, ret)
