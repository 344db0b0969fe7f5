# case: aggregates order sizes per distinct price level using ops.unique and unsorted_segment_sum -> dynamic shape in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class PriceLevelAggregator(nn.Cell):
    def __init__(self, tick_size=0.05):
        super().__init__()
        self.tick_size = tick_size

    def to_ticks(self, prices):
        return ops.round(prices / self.tick_size).astype(ms.int32)

    def construct(self, prices, sizes):
        ticks = self.to_ticks(prices)
        levels, inverse = ops.unique(ticks)
        n_levels = levels.shape[0]
        depth = ops.unsorted_segment_sum(sizes, inverse, n_levels)
        return levels.astype(ms.float32) * self.tick_size, depth


def make():
    np.random.seed(6)
    prices = (100.0 + 0.05 * np.random.randint(-5, 6, size=(30,))).astype(np.float32)
    sizes = np.random.randint(1, 50, size=(30,)).astype(np.float32)
    return PriceLevelAggregator(), (Tensor(prices), Tensor(sizes))
