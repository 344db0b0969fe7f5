# case: resampling irregular timestamps to a regular grid by calling np.interp on tensors inside construct -> compile error at line 22
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class GridResampler(nn.Cell):
    """Linear resampling of an irregularly sampled sensor onto a fixed grid."""

    def __init__(self, grid_points=16, t_start=0.0, t_end=15.0):
        super().__init__()
        self.grid_points = grid_points
        self.t_start = t_start
        self.t_end = t_end

    def _grid(self):
        step = (self.t_end - self.t_start) / (self.grid_points - 1)
        return ops.arange(0, self.grid_points, dtype=ms.float32) * step + self.t_start

    def construct(self, timestamps, values):
        grid = self._grid()
        resampled = np.interp(grid, timestamps, values)
        out = Tensor(resampled, ms.float32)
        return out - out.mean()


def make():
    np.random.seed(9)
    t = np.sort(np.random.uniform(0, 15, size=11)).astype(np.float32)
    v = np.sin(t).astype(np.float32)
    return GridResampler(), (Tensor(t), Tensor(v))
