# case: reduce the station-by-hour level grid along an axis chosen by a mode tensor sent from the control room -> reduction axis from tensor value, expect rejection
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class LevelAggregator(nn.Cell):
    def __init__(self, scale=100.0):
        super().__init__()
        self.scale = scale

    def construct(self, grid, mode):
        axis = mode.item()
        peak = grid.max(axis=axis)
        return peak * self.scale


def make():
    np.random.seed(222)
    g = np.random.uniform(1.0, 4.0, size=(6, 24)).astype(np.float32)
    return LevelAggregator(), (Tensor(g), Tensor(np.int32(0)))
