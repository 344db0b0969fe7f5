# case: n-step return that concatenates rewards step by step until a done flag appears (tensor while condition) -> dynamic shape at line 23
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class NStepBootstrap(nn.Cell):
    def __init__(self, n_step=4, gamma=0.9):
        super().__init__()
        self.n_step = n_step
        self.gamma = gamma

    def _discount_sum(self, chunk):
        n = chunk.shape[0]
        powers = ops.pow(ops.full((n,), self.gamma, dtype=ms.float32), ops.arange(n).astype(ms.float32))
        return (chunk * powers).sum()

    def construct(self, rewards, dones, bootstrap_value):
        # rewards, dones: [T] for one env starting at the sampled index
        chunk = rewards[0:1]
        t = 1
        while t < self.n_step and dones[t - 1] < 0.5:
            chunk = ops.concat((chunk, rewards[t:t + 1]))
            t += 1
        ret = self._discount_sum(chunk)
        alive = 1.0 - dones[t - 1]
        return ret + (self.gamma ** t) * alive * bootstrap_value


def make():
    np.random.seed(8)
    rewards = Tensor(np.random.rand(6).astype(np.float32))
    dones = Tensor(np.array([0, 0, 1, 0, 0, 0], np.float32))
    return NStepBootstrap(), (rewards, dones, Tensor(np.float32(0.5)))
