# case: sums feed demand over tanks with a generator expression and passes the tanks as a tuple -> generator expression in construct
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class FarmFeedDemand(nn.Cell):
    def __init__(self, feed_rate=0.015):
        super().__init__()
        self.feed_rate = feed_rate

    def tank_demand(self, biomass_kg):
        return biomass_kg.sum() * self.feed_rate

    def construct(self, tanks):
        total = sum(self.tank_demand(t) for t in tanks)
        return total


def make():
    np.random.seed(34)
    tanks = tuple(Tensor((np.random.rand(5) * 400).astype(np.float32)) for _ in range(3))
    return FarmFeedDemand(), (tanks,)
