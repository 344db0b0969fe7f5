# case: firn densification iterated with a while loop until the density change falls below a tolerance, carrying a fixed-shape profile -> tensor while but static shapes
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class FirnDensifier(nn.Cell):
    def __init__(self, rho_ice=917.0, rate=0.3, tol=1.0, max_iter=50):
        super().__init__()
        self.rho_ice = rho_ice
        self.rate = rate
        self.tol = tol
        self.max_iter = max_iter

    def construct(self, rho):
        delta = Tensor(1e9, ms.float32)
        it = Tensor(0, ms.int32)
        while delta > self.tol and it < self.max_iter:
            new_rho = rho + self.rate * (self.rho_ice - rho)
            delta = ops.abs(new_rho - rho).max()
            rho = new_rho
            it = it + 1
        return rho, it


def make():
    np.random.seed(44)
    rho = Tensor(np.random.uniform(300, 500, size=(16,)).astype(np.float32))
    return FirnDensifier(), (rho,)
