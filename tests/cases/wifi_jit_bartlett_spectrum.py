# case: @ms.jit Bartlett angle spectrum over a fixed angle grid with array steering matrices, peak angle by argmax -> static
import numpy as np
import mindspore as ms
from mindspore import ops, Tensor


def steering(n_ant, angles_deg, spacing_wl=0.5):
    ph = 2 * np.pi * spacing_wl * np.outer(np.arange(n_ant), np.sin(np.deg2rad(angles_deg)))
    return np.cos(ph).astype(np.float32), np.sin(ph).astype(np.float32)


GRID = np.arange(-60, 61, 10).astype(np.float32)
A_RE, A_IM = (Tensor(a) for a in steering(4, GRID))
GRID_T = Tensor(GRID)


@ms.jit
def bartlett(x_re, x_im):
    # x: (n_ant, snapshots); y = A^H x
    y_re = ops.matmul(A_RE.T, x_re) + ops.matmul(A_IM.T, x_im)
    y_im = ops.matmul(A_RE.T, x_im) - ops.matmul(A_IM.T, x_re)
    p = (y_re * y_re + y_im * y_im).mean(axis=1)
    p = p / p.max()
    return p, GRID_T[p.argmax()]


def make():
    np.random.seed(38)
    re = Tensor(np.random.randn(4, 12).astype(np.float32))
    im = Tensor(np.random.randn(4, 12).astype(np.float32))
    return bartlett, (re, im)
