# case: implicit Euler step for u' = -u^3 solved by Newton iterations until the residual norm drops below tolerance, state shape never changes -> while on a tensor condition with fixed shapes, Graph mode should compile it as a loop
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class NewtonConfig:
    dt = 0.1
    tol = 1e-5
    max_iter = 20


class ImplicitEulerCubic(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.dt = config.dt
        self.tol = config.tol
        self.max_iter = config.max_iter

    def _residual(self, v, u0):
        return v - u0 + self.dt * v * v * v

    def _jacobian(self, v):
        return 1.0 + 3.0 * self.dt * v * v

    def construct(self, u0):
        v = u0
        r = self._residual(v, u0)
        it = Tensor(0, ms.int32)
        while ops.abs(r).max() > self.tol and it < self.max_iter:
            v = v - r / self._jacobian(v)
            r = self._residual(v, u0)
            it = it + 1
        return v, it


def make():
    np.random.seed(13)
    u0 = Tensor(np.random.randn(32).astype(np.float32))
    return ImplicitEulerCubic(NewtonConfig()), (u0,)
