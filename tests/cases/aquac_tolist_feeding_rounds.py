# case: turns the per-pen appetite score tensor into a Python list with tolist() to choose feeding rounds by Python rules -> host round trip of tensor data in graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class FeedingRoundPlanner(nn.Cell):
    def __init__(self, feed_rate=0.012, high=0.7, low=0.4):
        super().__init__()
        self.feed_rate = feed_rate
        self.high = high
        self.low = low

    def rounds_for(self, appetite_score):
        if appetite_score > self.high:
            return 4
        if appetite_score > self.low:
            return 3
        return 2

    def construct(self, appetite, biomass_kg):
        rounds = [self.rounds_for(a) for a in appetite.tolist()]
        rounds_t = Tensor(rounds, ms.float32)
        return biomass_kg * self.feed_rate / rounds_t


def make():
    np.random.seed(31)
    appetite = Tensor(np.random.rand(6).astype(np.float32))
    biomass = Tensor((np.random.rand(6) * 3000 + 500).astype(np.float32))
    return FeedingRoundPlanner(), (appetite, biomass)
