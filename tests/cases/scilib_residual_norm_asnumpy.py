# case: PDE residual cell rescales the residual by its L2 norm computed with NumPy on the host through a helper -> .asnumpy() and np.linalg on a tensor inside construct, Graph mode should reject it
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ResidualConfig:
    viscosity = 0.01 / np.pi
    normalize_residual = True


def host_l2(t):
    return float(np.linalg.norm(t.asnumpy())) + 1e-8


class BurgersResidual(nn.Cell):
    """r = u_t + u u_x - nu u_xx, derivatives supplied by the caller."""

    def __init__(self, config=ResidualConfig()):
        super().__init__()
        self.nu = config.viscosity
        self.normalize = config.normalize_residual

    def construct(self, u, u_t, u_x, u_xx):
        r = u_t + u * u_x - self.nu * u_xx
        if self.normalize:
            r = r / host_l2(r)
        return r


def make():
    np.random.seed(12)
    args = tuple(Tensor(np.random.randn(100, 1).astype(np.float32)) for _ in range(4))
    return BurgersResidual(), args
