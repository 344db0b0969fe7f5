# case: GAE over a [T, B] rollout with a reversed Python loop whose length comes from .shape -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class GAEModule(nn.Cell):
    def __init__(self, gamma=0.99, lam=0.95, normalize=False):
        super().__init__()
        self.gamma = gamma
        self.lam = lam
        self.normalize = normalize

    def _deltas(self, rewards, values, dones):
        nonterm = 1.0 - dones
        return rewards + self.gamma * values[1:] * nonterm - values[:-1], nonterm

    def construct(self, rewards, values, dones):
        deltas, nonterm = self._deltas(rewards, values, dones)
        T = rewards.shape[0]
        last = ops.zeros_like(rewards[0])
        advs = []
        for t in reversed(range(T)):
            last = deltas[t] + self.gamma * self.lam * nonterm[t] * last
            advs.append(last)
        advs.reverse()
        adv = ops.stack(advs)
        returns = adv + values[:-1]
        if self.normalize:
            adv = (adv - adv.mean()) / (adv.std() + 1e-8)
        return adv, returns


def make():
    np.random.seed(21)
    rewards = Tensor(np.random.rand(6, 3).astype(np.float32))
    values = Tensor(np.random.rand(7, 3).astype(np.float32))
    dones = Tensor((np.random.rand(6, 3) > 0.8).astype(np.float32))
    return GAEModule(), (rewards, values, dones)
