# case: delay analytics aggregates a (airport, hour) delay grid over the axis selected by a mode tensor (0 = by hour, 1 = by airport) -> reduction axis taken from tensor data, rejected in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class DelayGridAggregate(nn.Cell):
    def __init__(self, n_airports=6, n_hours=18):
        super().__init__()
        self.scale = ms.Parameter(Tensor(np.ones((n_airports, n_hours), np.float32)), name="scale")

    def construct(self, delay_grid, mode):
        grid = delay_grid * self.scale
        axis = int(mode)
        return grid.sum(axis=axis)


def make():
    np.random.seed(171)
    grid = Tensor((30 * np.random.rand(6, 18)).astype(np.float32))
    mode = Tensor(np.array(1, dtype=np.int32))
    return DelayGridAggregate(), (grid, mode)
