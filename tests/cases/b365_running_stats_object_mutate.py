# case: online normaliser that keeps a plain Python RunningStats object on the cell and updates its count and mean inside construct during training -> plain object mutated in construct (error or fallback)
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class RunningStats:
    def __init__(self, n_vars):
        self.count = 0
        self.mean = Tensor(np.zeros((1, n_vars, 1, 1), np.float32))

    def update(self, batch_mean):
        self.count = self.count + 1
        self.mean = self.mean + (batch_mean - self.mean) / self.count
        return self.mean


class NormConfig:
    def __init__(self, n_vars=4, track_stats=True, momentum=None):
        self.n_vars = n_vars
        self.track_stats = track_stats
        self.momentum = momentum


class OnlineNormalizer(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.track_stats = config.track_stats
        self.stats = RunningStats(config.n_vars)
        self.proj = nn.Conv2d(config.n_vars, config.n_vars, 1)

    def construct(self, x):
        if self.training and self.track_stats:
            mu = self.stats.update(x.mean(axis=(0, 2, 3), keep_dims=True))
        else:
            mu = self.stats.mean
        return self.proj(x - mu)


def make():
    np.random.seed(3678)
    net = OnlineNormalizer(NormConfig())
    net.set_train(True)
    x = Tensor(np.random.randn(2, 4, 8, 16).astype(np.float32))
    return net, (x,)
