# case: average the wind grid along an axis chosen by a config string set at build time -> reduce axis from Python config, expected static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

AXES = {"layer": 0, "time": 1}


class WindAverager(nn.Cell):
    def __init__(self, mode="time"):
        super().__init__()
        self.axis = AXES[mode]

    def construct(self, wind_grid):
        mean = wind_grid.mean(axis=self.axis)
        spread = wind_grid.std(axis=self.axis)
        return mean, spread


def make():
    np.random.seed(182)
    grid = Tensor(np.random.randn(6, 9).astype(np.float32))
    return WindAverager(), (grid,)
