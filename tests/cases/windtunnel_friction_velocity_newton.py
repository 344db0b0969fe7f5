# case: Clauser-style friction velocity from a near-wall hot-wire point solved by a Newton iteration that runs while the residual tensor is above tolerance -> while on tensor with fixed-shape state, expected to compile
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class FrictionVelocitySolver(nn.Cell):
    def __init__(self, kappa=0.41, b_const=5.0, nu=1.5e-5, tol=1e-5, max_iter=50):
        super().__init__()
        self.kappa = kappa
        self.b = b_const
        self.nu = nu
        self.tol = tol
        self.max_iter = max_iter

    def residual(self, u_tau, u, y):
        return u / u_tau - ops.log(y * u_tau / self.nu) / self.kappa - self.b

    def construct(self, u, y):
        u_tau = u * 0.05
        res = self.residual(u_tau, u, y)
        it = 0
        while ops.abs(res).max() > self.tol and it < self.max_iter:
            d_res = -u / (u_tau * u_tau) - 1.0 / (self.kappa * u_tau)
            u_tau = u_tau - res / d_res
            res = self.residual(u_tau, u, y)
            it += 1
        return u_tau


def make():
    np.random.seed(211)
    y = np.array([0.002, 0.003, 0.004], np.float32)
    u = np.array([12.0, 12.8, 13.4], np.float32)
    return FrictionVelocitySolver(), (Tensor(u), Tensor(y))
