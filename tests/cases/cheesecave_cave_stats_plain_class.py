# case: accumulate cave climate statistics in a plain Python helper object created and mutated inside construct -> plain class instance in construct, expect Graph mode to reject
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ClimateStats:
    def __init__(self):
        self.n = 0
        self.total_rh = 0.0

    def add(self, rh_mean):
        self.n += 1
        self.total_rh = self.total_rh + rh_mean

    def mean(self):
        return self.total_rh / self.n


class CaveClimateReport(nn.Cell):
    def __init__(self, n_zones=4):
        super().__init__()
        self.n_zones = n_zones

    def construct(self, rh_zones):
        stats = ClimateStats()
        for z in range(self.n_zones):
            stats.add(rh_zones[z].mean())
        return stats.mean()


def make():
    np.random.seed(3214)
    rh = (88 + 6 * np.random.rand(4, 96)).astype(np.float32)
    return CaveClimateReport(), (Tensor(rh),)
