# case: regions assigned to restriction tiers by converting incidence to a Python list with .tolist() and filling a plain Python log object in construct -> host round trip and Python object mutation in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class TierLog:
    def __init__(self):
        self.tiers = []

    def add(self, tier):
        self.tiers.append(tier)


class TierAssigner(nn.Cell):
    def __init__(self, cutoffs=(10.0, 50.0, 150.0)):
        super().__init__()
        self.cutoffs = cutoffs

    def construct(self, weekly_rate):
        log = TierLog()
        for rate in weekly_rate.tolist():
            tier = 0
            for c in self.cutoffs:
                if rate > c:
                    tier += 1
            log.add(tier)
        return Tensor(log.tiers, ms.int32)


def make():
    np.random.seed(36)
    rates = np.random.gamma(2.0, 40.0, size=8).astype(np.float32)
    return TierAssigner(), (Tensor(rates),)
