# case: aggregates order sizes onto a fixed grid of price levels around mid with unsorted_segment_sum and a constant number of levels -> static shapes in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class GridDepth(nn.Cell):
    def __init__(self, n_levels=11, tick_size=0.05):
        super().__init__()
        self.n_levels = n_levels
        self.tick_size = tick_size
        self.half = n_levels // 2

    def construct(self, prices, sizes, mid):
        offset = ops.round((prices - mid) / self.tick_size).astype(ms.int32)
        offset = ops.clip_by_value(offset + self.half, 0, self.n_levels - 1)
        depth = ops.unsorted_segment_sum(sizes, offset, self.n_levels)
        imbalance = (depth[self.half + 1:].sum() - depth[:self.half].sum()) / (depth.sum() + 1e-6)
        return depth, imbalance


def make():
    np.random.seed(7)
    prices = (100.0 + 0.05 * np.random.randint(-7, 8, size=(30,))).astype(np.float32)
    sizes = np.random.randint(1, 50, size=(30,)).astype(np.float32)
    return GridDepth(), (Tensor(prices), Tensor(sizes), Tensor(np.float32(100.0)))
