# case: SAC-style soft Q target reading hyper-parameters from a @ms.jit_class config object created in __init__ (read-only) -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


@ms.jit_class
class SACConfig:
    def __init__(self, gamma=0.99, alpha=0.2, reward_scale=1.0):
        self.gamma = gamma
        self.alpha = alpha
        self.reward_scale = reward_scale

    def discount(self, done):
        return self.gamma * (1.0 - done)


class SoftQTarget(nn.Cell):
    def __init__(self, obs_dim=4, n_actions=3, cfg=None):
        super().__init__()
        self.cfg = cfg if cfg is not None else SACConfig()
        self.q_target = nn.SequentialCell([nn.Dense(obs_dim, 16), nn.ReLU(), nn.Dense(16, n_actions)])
        self.pi = nn.Dense(obs_dim, n_actions)
        self.log_softmax = nn.LogSoftmax(axis=-1)

    def construct(self, reward, next_obs, done):
        logp = self.log_softmax(self.pi(next_obs))
        probs = ops.exp(logp)
        q_next = self.q_target(next_obs)
        soft_v = (probs * (q_next - self.cfg.alpha * logp)).sum(axis=-1)
        return self.cfg.reward_scale * reward + self.cfg.discount(done) * soft_v


def make():
    np.random.seed(37)
    rew = Tensor(np.random.rand(4).astype(np.float32))
    nobs = Tensor(np.random.randn(4, 4).astype(np.float32))
    done = Tensor(np.array([0, 1, 0, 0], np.float32))
    return SoftQTarget(), (rew, nobs, done)
