# case: module temperature solver iterates a fixed-point energy balance in a while loop on a tensor convergence test; the temperature keeps its shape -> control flow only, static shapes
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class CellTemperatureSolver(nn.Cell):
    """Faiman-like balance: T = Ta + G*alpha*(1-eta(T)) / (u0 + u1*ws)."""

    def __init__(self, alpha=0.9, eta_ref=0.2, beta=0.004, u0=25.0, u1=6.8, max_iter=20):
        super().__init__()
        self.alpha, self.eta_ref, self.beta = alpha, eta_ref, beta
        self.u0, self.u1 = u0, u1
        self.max_iter = max_iter

    def step(self, t, ambient, poa, wind):
        eta = self.eta_ref * (1.0 - self.beta * (t - 25.0))
        return ambient + poa * self.alpha * (1.0 - eta) / (self.u0 + self.u1 * wind)

    def construct(self, ambient, poa, wind):
        t = ambient + 20.0
        err = Tensor(1e3, ms.float32)
        it = 0
        while err > 1e-3 and it < self.max_iter:
            t_new = self.step(t, ambient, poa, wind)
            err = ops.abs(t_new - t).max()
            t = t_new
            it += 1
        return t


def make():
    np.random.seed(31)
    amb = Tensor(np.random.uniform(15, 35, size=(6,)).astype(np.float32))
    poa = Tensor(np.random.uniform(300, 1000, size=(6,)).astype(np.float32))
    wind = Tensor(np.random.uniform(0.5, 5, size=(6,)).astype(np.float32))
    return CellTemperatureSolver(), (amb, poa, wind)
