# case: multigrid smoother runs as many damped-Jacobi sweeps as the per-level schedule tensor says -> loop count from a tensor value via int(), Graph mode should reject it
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class SmootherConfig:
    omega = 2.0 / 3.0
    h = 1.0 / 17


def apply_poisson_1d(u, h):
    up = ops.pad(u, (1, 1))
    return (2.0 * u - up[..., 2:] - up[..., :-2]) / (h * h)


class DampedJacobi(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.omega = config.omega
        self.h = config.h
        self.diag = 2.0 / (config.h * config.h)

    def _sweep(self, u, f):
        r = f - apply_poisson_1d(u, self.h)
        return u + self.omega * r / self.diag

    def construct(self, u, f, schedule, level):
        n_sweeps = int(schedule[level])
        for _ in range(n_sweeps):
            u = self._sweep(u, f)
        return u


def make():
    np.random.seed(21)
    u = Tensor(np.random.randn(2, 16).astype(np.float32))
    f = Tensor(np.ones((2, 16), np.float32))
    schedule = Tensor(np.array([3, 2, 1], np.int32))
    return DampedJacobi(SmootherConfig()), (u, f, schedule, 0)
