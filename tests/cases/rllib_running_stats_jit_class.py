# case: observation normaliser creates a jit_class running-statistics object inside construct and updates its fields batch by batch -> creating and mutating a jit_class instance in construct may be rejected in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


@ms.jit_class
class RunningStats:
    def __init__(self, dim):
        self.count = 0.0
        self.mean = ops.zeros((dim,), ms.float32)
        self.var = ops.ones((dim,), ms.float32)

    def update(self, batch):
        n = batch.shape[0]
        b_mean = batch.mean(0)
        b_var = batch.var(0)
        delta = b_mean - self.mean
        total = self.count + n
        self.mean = self.mean + delta * n / total
        self.var = (self.var * self.count + b_var * n + delta ** 2 * self.count * n / total) / total
        self.count = total


class ObsNormalizer(nn.Cell):
    def __init__(self, obs_dim, clip=5.0, num_chunks=2):
        super().__init__()
        self.obs_dim = obs_dim
        self.clip = clip
        self.num_chunks = num_chunks

    def construct(self, obs):
        stats = RunningStats(self.obs_dim)
        for chunk in ops.split(obs, obs.shape[0] // self.num_chunks, 0):
            stats.update(chunk)
        normed = (obs - stats.mean) / ops.sqrt(stats.var + 1e-8)
        return ops.clip_by_value(normed, -self.clip, self.clip)


def make():
    np.random.seed(29)
    obs = Tensor((np.random.randn(8, 4) * 3 + 1).astype(np.float32))
    return ObsNormalizer(obs_dim=4), (obs,)
