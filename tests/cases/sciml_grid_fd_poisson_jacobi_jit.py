# case: @ms.jit Jacobi sweeps for the 2D Poisson equation with a 5-point stencil via conv2d and a fixed iteration count -> static
import numpy as np
import mindspore as ms
from mindspore import ops, Tensor

STENCIL = Tensor(np.array([[0.0, 0.25, 0.0],
                           [0.25, 0.0, 0.25],
                           [0.0, 0.25, 0.0]], np.float32).reshape(1, 1, 3, 3))
N_SWEEPS = 10


def apply_dirichlet(u, value=0.0):
    h, w = u.shape[-2], u.shape[-1]
    rows = ops.arange(h).reshape(h, 1)
    cols = ops.arange(w).reshape(1, w)
    edge = ops.logical_or(ops.logical_or(rows == 0, rows == h - 1),
                          ops.logical_or(cols == 0, cols == w - 1))
    return ops.where(edge, ops.full_like(u, value), u)


@ms.jit
def jacobi_poisson(u, f, h):
    for _ in range(N_SWEEPS):
        neighbours = ops.conv2d(ops.pad(u, (1, 1, 1, 1)), STENCIL)
        u = neighbours + 0.25 * h * h * f
        u = apply_dirichlet(u)
    residual = ops.conv2d(ops.pad(u, (1, 1, 1, 1)), STENCIL) * 4.0 - 4.0 * u + h * h * f
    return u, ops.abs(residual).max()


def make():
    np.random.seed(28)
    n = 12
    u0 = Tensor(np.zeros((1, 1, n, n), np.float32))
    f = Tensor(np.ones((1, 1, n, n), np.float32))
    return jacobi_poisson, (u0, f, 1.0 / (n - 1))
