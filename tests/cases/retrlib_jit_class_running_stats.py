# case: score normaliser keeps running mean/var in a @ms.jit_class tracker object whose fields are updated inside construct -> jit_class mutation in construct, expected error
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


@ms.jit_class
class RunningScoreStats:
    def __init__(self, momentum=0.1):
        self.momentum = momentum
        self.mean = Tensor(0.0, ms.float32)
        self.var = Tensor(1.0, ms.float32)

    def update(self, scores):
        self.mean = (1 - self.momentum) * self.mean + self.momentum * scores.mean()
        self.var = (1 - self.momentum) * self.var + self.momentum * ops.var(scores)


class StatsConfig:
    def __init__(self, momentum=0.1, track_stats=True):
        self.momentum = momentum
        self.track_stats = track_stats


class RunningNormalizer(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.track_stats = config.track_stats
        self.stats = RunningScoreStats(config.momentum)

    def construct(self, scores):
        if self.track_stats:
            self.stats.update(scores)
        return (scores - self.stats.mean) / ops.sqrt(self.stats.var + 1e-6)


def make():
    np.random.seed(32)
    s = Tensor((np.random.randn(4, 10) * 3 + 2).astype(np.float32))
    return RunningNormalizer(StatsConfig()), (s,)
