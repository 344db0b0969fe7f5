# case: streamfunction Jacobi solver with a config-fixed iteration count and a residual history stacked from a fixed-length list -> static graph
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class SolverConfig:
    def __init__(self, n_iter=8, dx=1.0, return_history=True, omega=None):
        self.n_iter = n_iter
        self.dx = dx
        self.return_history = return_history
        self.omega = omega


def shift(x, k, axis):
    """Periodic shift (like np.roll) built from narrow + concat."""
    axis = axis % x.ndim
    n = x.shape[axis]
    k = k % n
    if k == 0:
        return x
    return ops.concat((ops.narrow(x, axis, n - k, k), ops.narrow(x, axis, 0, n - k)), axis)


def laplacian(psi, dx):
    nb = shift(psi, 1, 0) + shift(psi, -1, 0) + shift(psi, 1, 1) + shift(psi, -1, 1)
    return (nb - 4.0 * psi) / (dx * dx)


class StreamfunctionSolver(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.n_iter = config.n_iter
        self.dx = config.dx
        self.return_history = config.return_history
        self.omega = 1.0 if config.omega is None else config.omega

    def _jacobi(self, psi, zeta):
        nb = shift(psi, 1, 0) + shift(psi, -1, 0) + shift(psi, 1, 1) + shift(psi, -1, 1)
        new = 0.25 * (nb - self.dx * self.dx * zeta)
        return (1.0 - self.omega) * psi + self.omega * new

    def construct(self, zeta):
        psi = ops.zeros_like(zeta)
        history = []
        i = 0
        while i < self.n_iter:
            psi = self._jacobi(psi, zeta)
            history.append(ops.abs(laplacian(psi, self.dx) - zeta).max())
            i += 1
        if self.return_history:
            return psi, ops.stack(history)
        return psi


def make():
    np.random.seed(3668)
    z = np.random.randn(8, 16).astype(np.float32)
    net = StreamfunctionSolver(SolverConfig())
    return net, (Tensor(z - z.mean()),)
