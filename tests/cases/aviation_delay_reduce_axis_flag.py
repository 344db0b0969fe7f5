# case: delay analytics aggregates the (airport, hour) delay grid over an axis chosen by a constructor flag -> axis is a Python constant, static in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class DelayGridAggregate(nn.Cell):
    def __init__(self, n_airports=6, n_hours=18, by_airport=True):
        super().__init__()
        self.axis = 1 if by_airport else 0
        self.scale = ms.Parameter(Tensor(np.ones((n_airports, n_hours), np.float32)), name="scale")

    def construct(self, delay_grid):
        grid = delay_grid * self.scale
        total = grid.sum(axis=self.axis)
        peak = grid.max(axis=self.axis)
        return total, peak / (total + 1e-3)


def make():
    np.random.seed(172)
    grid = Tensor((30 * np.random.rand(6, 18)).astype(np.float32))
    return DelayGridAggregate(), (grid,)
