# case: GAE advantages computed with a reversed Python loop over the horizon taken from rewards.shape -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class GAE(nn.Cell):
    def __init__(self, gamma=0.99, lam=0.95, normalize=True):
        super().__init__()
        self.gamma = gamma
        self.lam = lam
        self.normalize = normalize

    def construct(self, rewards, values, dones, last_value):
        horizon = rewards.shape[0]
        adv = []
        gae = ops.zeros_like(last_value)
        next_v = last_value
        for t in range(horizon - 1, -1, -1):
            not_done = 1.0 - dones[t]
            delta = rewards[t] + self.gamma * next_v * not_done - values[t]
            gae = delta + self.gamma * self.lam * not_done * gae
            adv.insert(0, gae)
            next_v = values[t]
        adv = ops.stack(adv, 0)
        returns = adv + values
        if self.normalize:
            adv = (adv - adv.mean()) / (adv.std() + 1e-8)
        return adv, returns


def make():
    np.random.seed(12)
    T, N = 6, 3
    r = Tensor(np.random.rand(T, N).astype(np.float32))
    v = Tensor(np.random.rand(T, N).astype(np.float32))
    d = Tensor((np.random.rand(T, N) < 0.2).astype(np.float32))
    lv = Tensor(np.random.rand(N).astype(np.float32))
    return GAE(), (r, v, d, lv)
