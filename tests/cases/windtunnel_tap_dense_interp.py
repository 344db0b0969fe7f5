# case: interpolate scattered pressure taps onto a regular chordwise grid with a precomputed dense weight matrix stored as a constant -> plain matmul, static in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


def linear_interp_matrix(x_taps, x_grid):
    w = np.zeros((len(x_grid), len(x_taps)), np.float32)
    for i, xg in enumerate(x_grid):
        j = int(np.clip(np.searchsorted(x_taps, xg) - 1, 0, len(x_taps) - 2))
        t = (xg - x_taps[j]) / (x_taps[j + 1] - x_taps[j])
        w[i, j], w[i, j + 1] = 1.0 - t, t
    return w


class TapGridInterpolatorDense(nn.Cell):
    def __init__(self, x_taps, x_grid):
        super().__init__()
        self.weights = Tensor(linear_interp_matrix(x_taps, x_grid))

    def construct(self, cp_taps):
        cp_grid = ops.matmul(cp_taps, self.weights.T)
        cl_contrib = cp_grid.mean(-1)
        return cp_grid, cl_contrib


def make():
    np.random.seed(73)
    x_taps = np.sort(np.random.rand(20)).astype(np.float32)
    x_grid = np.linspace(x_taps[0], x_taps[-1], 30).astype(np.float32)
    cp = (-1.0 + 1.5 * x_taps[None, :] + 0.02 * np.random.randn(4, 20)).astype(np.float32)
    return TapGridInterpolatorDense(x_taps, x_grid), (Tensor(cp),)
