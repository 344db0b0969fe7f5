# case: GAE computed in a NumPy helper after .asnumpy() on the value/reward tensors -> compile error at line 15
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class GAECritic(nn.Cell):
    def __init__(self, obs_dim=4, hidden=8, gamma=0.99, lam=0.95):
        super().__init__()
        self.gamma = gamma
        self.lam = lam
        self.critic = nn.SequentialCell([nn.Dense(obs_dim, hidden), nn.Tanh(), nn.Dense(hidden, 1)])

    def _gae(self, rewards, values, dones):
        r = rewards.asnumpy()
        v = values.asnumpy()
        d = dones.asnumpy()
        T = r.shape[0]
        adv = np.zeros_like(r)
        last = 0.0
        for t in reversed(range(T - 1)):
            nonterm = 1.0 - d[t]
            delta = r[t] + self.gamma * v[t + 1] * nonterm - v[t]
            last = delta + self.gamma * self.lam * nonterm * last
            adv[t] = last
        return Tensor(adv)

    def construct(self, obs, rewards, dones):
        values = self.critic(obs).squeeze(-1)
        adv = self._gae(rewards, values, dones)
        returns = adv + values
        return adv, returns


def make():
    np.random.seed(6)
    obs = Tensor(np.random.randn(8, 4).astype(np.float32))
    rewards = Tensor(np.random.rand(8).astype(np.float32))
    dones = Tensor((np.arange(8) == 4).astype(np.float32))
    return GAECritic(), (obs, rewards, dones)
