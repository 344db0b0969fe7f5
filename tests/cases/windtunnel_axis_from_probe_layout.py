# case: average a 2D rake of total-pressure probes along the traverse axis, the axis read from a layout tensor -> reduce axis from tensor value in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class RakeAverager(nn.Cell):
    def __init__(self, p_inf=101325.0, q_inf=540.0):
        super().__init__()
        self.p_inf = p_inf
        self.q_inf = q_inf

    def construct(self, p0_grid, traverse_axis):
        cp0 = (p0_grid - self.p_inf) / self.q_inf
        axis = int(traverse_axis)
        profile = cp0.mean(axis=axis)
        loss = 1.0 - profile
        return profile, loss.max()


def make():
    np.random.seed(141)
    grid = 101325.0 + 540.0 * (1.0 - 0.1 * np.random.rand(9, 14))
    return RakeAverager(), (Tensor(grid.astype(np.float32)), Tensor(np.array(1, np.int32)))
