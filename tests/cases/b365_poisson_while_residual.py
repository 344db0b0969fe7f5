# case: streamfunction-from-vorticity Jacobi solver iterating while the residual tensor exceeds a tolerance, collecting residual history in a list -> loop count from data with a list grown in it (error or dynamic)
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class SolverConfig:
    def __init__(self, tol=1e-3, max_iter=50, dx=1.0, return_history=True):
        self.tol = tol
        self.max_iter = max_iter
        self.dx = dx
        self.return_history = return_history


def shift(x, k, axis):
    """Periodic shift (like np.roll) built from narrow + concat."""
    axis = axis % x.ndim
    n = x.shape[axis]
    k = k % n
    if k == 0:
        return x
    return ops.concat((ops.narrow(x, axis, n - k, k), ops.narrow(x, axis, 0, n - k)), axis)


def laplacian(psi, dx):
    up = shift(psi, 1, 0)
    dn = shift(psi, -1, 0)
    lf = shift(psi, 1, 1)
    rt = shift(psi, -1, 1)
    return (up + dn + lf + rt - 4.0 * psi) / (dx * dx)


class StreamfunctionSolver(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.tol = config.tol
        self.max_iter = config.max_iter
        self.dx = config.dx
        self.return_history = config.return_history

    def _jacobi(self, psi, zeta):
        nb = shift(psi, 1, 0) + shift(psi, -1, 0) + shift(psi, 1, 1) + shift(psi, -1, 1)
        return 0.25 * (nb - self.dx * self.dx * zeta)

    def construct(self, zeta):
        psi = ops.zeros_like(zeta)
        res = ops.abs(laplacian(psi, self.dx) - zeta).max()
        history = []
        while res > self.tol:
            psi = self._jacobi(psi, zeta)
            res = ops.abs(laplacian(psi, self.dx) - zeta).max()
            history.append(res)
            if len(history) >= self.max_iter:
                break
        if self.return_history:
            return psi, ops.stack(history)
        return psi


def make():
    np.random.seed(3667)
    z = np.random.randn(8, 16).astype(np.float32)
    z = z - z.mean()
    net = StreamfunctionSolver(SolverConfig())
    return net, (Tensor(z),)
