# case: truncate an episode at its first done flag using argmax of dones and slicing, then average the advantage -> dynamic shape at line 21
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class TruncatedAdvantage(nn.Cell):
    def __init__(self, obs_dim=4, gamma=0.9, lam=0.95):
        super().__init__()
        self.value = nn.Dense(obs_dim, 1)
        self.gamma = gamma
        self.lam = lam

    def first_done(self, dones):
        return ops.argmax(dones.astype(ms.int32), dim=0) + 1

    def construct(self, obs, rewards, dones):
        end = self.first_done(dones)
        v = self.value(obs).squeeze(-1)
        deltas = rewards[:-1] + self.gamma * v[1:] - v[:-1]
        deltas = deltas[:end]
        return deltas.mean()


def make():
    np.random.seed(23)
    obs = Tensor(np.random.randn(10, 4).astype(np.float32))
    rewards = Tensor(np.random.randn(10).astype(np.float32))
    d = np.zeros(10, bool); d[6] = True
    return TruncatedAdvantage(), (obs, rewards, Tensor(d))
