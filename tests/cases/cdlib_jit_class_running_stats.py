# case: a @ms.jit_class running-statistics tracker is created and updated inside construct to normalise the change score per batch -> jit_class instance mutated in construct
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


@ms.jit_class
class RunningStats:
    def __init__(self, momentum):
        self.momentum = momentum
        self.mean = 0.0
        self.count = 0

    def update(self, value):
        self.mean = self.momentum * self.mean + (1 - self.momentum) * value
        self.count = self.count + 1
        return self.mean


class NormConfig:
    def __init__(self, momentum=0.9, num_passes=3):
        self.momentum = momentum
        self.num_passes = num_passes


class ScoreNormalizer(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.momentum = config.momentum
        self.num_passes = config.num_passes

    def construct(self, score):
        stats = RunningStats(self.momentum)
        for _ in range(self.num_passes):
            stats.update(score.mean())
        return score - stats.mean


def make():
    np.random.seed(26)
    score = Tensor(np.random.rand(2, 1, 16, 16).astype(np.float32))
    return ScoreNormalizer(NormConfig()), (score,)
