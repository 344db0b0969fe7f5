# case: PPO loss that drops samples whose ratio left the trust region before averaging (boolean index in the KL-guard branch) -> dynamic shape at line 33
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class GaussianPolicy(nn.Cell):
    def __init__(self, obs_dim=6, act_dim=2, hidden=32):
        super().__init__()
        self.mu = nn.SequentialCell([nn.Dense(obs_dim, hidden), nn.Tanh(), nn.Dense(hidden, act_dim)])
        self.log_std = ms.Parameter(Tensor(np.full((act_dim,), -0.5, np.float32)), name="log_std")

    def log_prob(self, obs, act):
        mu = self.mu(obs)
        std = ops.exp(self.log_std)
        z = (act - mu) / std
        return (-0.5 * z * z - self.log_std - 0.5 * np.log(2 * np.pi)).sum(-1)


class TrustRegionPPO(nn.Cell):
    def __init__(self, policy, clip_eps=0.2, target_kl=0.02):
        super().__init__()
        self.policy = policy
        self.clip_eps = clip_eps
        self.target_kl = target_kl

    def construct(self, obs, act, old_logp, adv):
        logp = self.policy.log_prob(obs, act)
        ratio = ops.exp(logp - old_logp)
        approx_kl = ((ratio - 1.0) - (logp - old_logp)).mean()
        if approx_kl > self.target_kl:
            keep = ops.abs(ratio - 1.0) < self.clip_eps
            ratio, adv = ratio[keep], adv[keep]
        clipped = ops.clip_by_value(ratio, 1.0 - self.clip_eps, 1.0 + self.clip_eps)
        return -ops.minimum(ratio * adv, clipped * adv).mean()


def make():
    np.random.seed(14)
    B = 12
    obs = Tensor(np.random.rand(B, 6).astype(np.float32))
    act = Tensor((np.random.randn(B, 2) * 0.2).astype(np.float32))
    old_logp = Tensor((np.random.randn(B) * 0.3 - 0.6).astype(np.float32))
    adv = Tensor(np.random.randn(B).astype(np.float32))
    return TrustRegionPPO(GaussianPolicy()), (obs, act, old_logp, adv)
