# case: observation normalizer keeps running mean/var in a jit_class whose attributes are updated inside construct -> compile error at line 20
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


@ms.jit_class
class RunningMeanStd:
    def __init__(self, dim):
        self.mean = Tensor(np.zeros(dim, np.float32))
        self.var = Tensor(np.ones(dim, np.float32))
        self.count = 1e-4

    def update(self, batch):
        b_mean = batch.mean(axis=0)
        b_var = batch.var(axis=0)
        n = batch.shape[0]
        tot = self.count + n
        delta = b_mean - self.mean
        self.mean = self.mean + delta * n / tot
        self.var = (self.var * self.count + b_var * n + delta ** 2 * self.count * n / tot) / tot
        self.count = tot


class NormalizedPolicy(nn.Cell):
    def __init__(self, obs_dim=5, n_actions=3, update_stats=True, clip=5.0):
        super().__init__()
        self.rms = RunningMeanStd(obs_dim)
        self.update_stats = update_stats
        self.clip = clip
        self.pi = nn.Dense(obs_dim, n_actions)

    def construct(self, obs):
        if self.update_stats:
            self.rms.update(obs)
        norm = (obs - self.rms.mean) / ops.sqrt(self.rms.var + 1e-8)
        norm = ops.clamp(norm, -self.clip, self.clip)
        return self.pi(norm)


def make():
    np.random.seed(11)
    obs = Tensor(np.random.randn(7, 5).astype(np.float32) * 3.0)
    return NormalizedPolicy(), (obs,)
