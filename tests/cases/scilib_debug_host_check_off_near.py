# case: Darcy-flow residual cell has a debug path that pulls the residual to NumPy and prints it, guarded by config.debug which defaults to False and is never set -> host-side code on a dead constant branch, Graph mode static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class DarcyConfig:
    def __init__(self, debug=False, source=1.0):
        self.debug = debug
        self.source = source


class DarcyResidual(nn.Cell):
    """-div(a grad u) = f on a uniform grid, flux differences computed with slicing."""

    def __init__(self, config: DarcyConfig, h=1.0 / 16):
        super().__init__()
        self.debug = config.debug
        self.f = config.source
        self.inv_h2 = 1.0 / (h * h)

    def _check(self, r):
        if self.debug:
            arr = r.asnumpy()
            print("darcy residual max:", np.abs(arr).max(), "nan:", bool(np.isnan(arr).any()))

    def construct(self, a, u):
        a_e = 0.5 * (a[:, 1:-1, 2:] + a[:, 1:-1, 1:-1])
        a_w = 0.5 * (a[:, 1:-1, :-2] + a[:, 1:-1, 1:-1])
        a_n = 0.5 * (a[:, 2:, 1:-1] + a[:, 1:-1, 1:-1])
        a_s = 0.5 * (a[:, :-2, 1:-1] + a[:, 1:-1, 1:-1])
        uc = u[:, 1:-1, 1:-1]
        div = (a_e * (u[:, 1:-1, 2:] - uc) - a_w * (uc - u[:, 1:-1, :-2])
               + a_n * (u[:, 2:, 1:-1] - uc) - a_s * (uc - u[:, :-2, 1:-1])) * self.inv_h2
        r = -div - self.f
        self._check(r)
        return r


def make():
    np.random.seed(24)
    a = Tensor((1.0 + np.random.rand(2, 17, 17)).astype(np.float32))
    u = Tensor(np.random.randn(2, 17, 17).astype(np.float32))
    return DarcyResidual(DarcyConfig()), (a, u)
