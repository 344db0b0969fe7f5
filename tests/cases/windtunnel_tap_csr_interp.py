# case: interpolate scattered pressure taps onto a regular chordwise grid with a precomputed CSR weight matrix passed in as a sparse tensor -> CSRTensor matmul in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


def linear_interp_csr(x_taps, x_grid):
    indptr, indices, values = [0], [], []
    for xg in x_grid:
        j = int(np.clip(np.searchsorted(x_taps, xg) - 1, 0, len(x_taps) - 2))
        t = (xg - x_taps[j]) / (x_taps[j + 1] - x_taps[j])
        indices += [j, j + 1]
        values += [1.0 - t, t]
        indptr.append(len(indices))
    return (np.array(indptr, np.int32), np.array(indices, np.int32),
            np.array(values, np.float32))


class TapGridInterpolator(nn.Cell):
    def __init__(self, n_grid):
        super().__init__()
        self.n_grid = n_grid

    def construct(self, weights, cp_taps):
        cp_grid = weights.mv(cp_taps.reshape(-1, 1))
        return cp_grid.reshape(-1)


def make():
    np.random.seed(72)
    x_taps = np.sort(np.random.rand(20)).astype(np.float32)
    x_grid = np.linspace(x_taps[0], x_taps[-1], 30).astype(np.float32)
    indptr, indices, values = linear_interp_csr(x_taps, x_grid)
    w = ms.CSRTensor(Tensor(indptr), Tensor(indices), Tensor(values), (30, 20))
    cp = (-1.0 + 1.5 * x_taps + 0.02 * np.random.randn(20)).astype(np.float32)
    return TapGridInterpolator(30), (w, Tensor(cp))
