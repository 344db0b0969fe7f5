# case: PPO clipped surrogate + value clipping + entropy bonus on a categorical policy -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ActorCritic(nn.Cell):
    def __init__(self, obs_dim=8, n_actions=4, hidden=32):
        super().__init__()
        self.trunk = nn.SequentialCell([nn.Dense(obs_dim, hidden), nn.Tanh()])
        self.pi = nn.Dense(hidden, n_actions)
        self.v = nn.Dense(hidden, 1)

    def construct(self, obs):
        h = self.trunk(obs)
        return self.pi(h), self.v(h).squeeze(-1)


class PPOLoss(nn.Cell):
    def __init__(self, model, clip_eps=0.2, vf_coef=0.5, ent_coef=0.01, clip_value=True):
        super().__init__()
        self.model = model
        self.clip_eps, self.vf_coef, self.ent_coef = clip_eps, vf_coef, ent_coef
        self.clip_value = clip_value
        self.log_softmax = nn.LogSoftmax(axis=-1)

    def construct(self, obs, actions, old_logp, adv, returns, old_values):
        logits, values = self.model(obs)
        logp_all = self.log_softmax(logits)
        logp = ops.gather_elements(logp_all, 1, actions.expand_dims(-1)).squeeze(-1)
        ratio = ops.exp(logp - old_logp)
        surr1 = ratio * adv
        surr2 = ops.clip_by_value(ratio, 1.0 - self.clip_eps, 1.0 + self.clip_eps) * adv
        pg_loss = -ops.minimum(surr1, surr2).mean()
        if self.clip_value:
            v_clip = old_values + ops.clip_by_value(values - old_values, -self.clip_eps, self.clip_eps)
            v_loss = 0.5 * ops.maximum(ops.square(values - returns), ops.square(v_clip - returns)).mean()
        else:
            v_loss = 0.5 * ops.square(values - returns).mean()
        entropy = -(ops.exp(logp_all) * logp_all).sum(-1).mean()
        return pg_loss + self.vf_coef * v_loss - self.ent_coef * entropy


def make():
    np.random.seed(13)
    B = 16
    obs = Tensor(np.random.rand(B, 8).astype(np.float32))
    act = Tensor(np.random.randint(0, 4, B).astype(np.int32))
    f = lambda: Tensor(np.random.randn(B).astype(np.float32))
    return PPOLoss(ActorCritic()), (obs, act, f(), f(), f(), f())
