# case: numerical normaliser keeps a @ms.jit_class running-stats object on self and updates its count/mean fields inside construct -> Graph mode rejects or ignores the mutation of the jit_class object
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


@ms.jit_class
class RunningStats:
    def __init__(self, n_features):
        self.count = 0.0
        self.mean = Tensor(np.zeros(n_features, np.float32))

    def update(self, batch_mean, n):
        total = self.count + n
        self.mean = self.mean + (batch_mean - self.mean) * (n / total)
        self.count = total


class OnlineNormalizer(nn.Cell):
    def __init__(self, n_features, track_stats=True):
        super().__init__()
        self.track_stats = track_stats
        self.stats = RunningStats(n_features)

    def construct(self, x_num):
        if self.track_stats:
            self.stats.update(x_num.mean(0), x_num.shape[0])
        return x_num - self.stats.mean


def make():
    np.random.seed(41)
    x = Tensor(np.random.randn(8, 5).astype(np.float32) + 2)
    return OnlineNormalizer(5), (x,)
