# case: reduce the station-by-hour level grid along an axis chosen in the aggregator config -> constant axis, expect static graph
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class LevelAggregator(nn.Cell):
    def __init__(self, axis=1, scale=100.0, use_max=True):
        super().__init__()
        self.axis = axis
        self.scale = scale
        self.use_max = use_max

    def construct(self, grid):
        if self.use_max:
            agg = grid.max(axis=self.axis)
        else:
            agg = grid.mean(axis=self.axis)
        return agg * self.scale


def make():
    np.random.seed(223)
    g = np.random.uniform(1.0, 4.0, size=(6, 24)).astype(np.float32)
    return LevelAggregator(), (Tensor(g),)
