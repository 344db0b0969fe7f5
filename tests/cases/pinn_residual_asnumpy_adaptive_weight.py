# case: loss balancer pulls the PDE and boundary residual norms to the host with .asnumpy() and computes the weight in NumPy inside construct -> host round trip, Graph mode should reject it
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class Burgers1D(nn.Cell):
    def __init__(self, width=16, nu=0.01):
        super().__init__()
        self.net = nn.SequentialCell(nn.Dense(2, width), nn.Tanh(), nn.Dense(width, 1))
        self.nu = nu

    def construct(self, xt):
        return self.net(xt)


class BalancedLoss(nn.Cell):
    def __init__(self):
        super().__init__()
        self.model = Burgers1D()

    def construct(self, xt_int, xt_bc, u_bc):
        r_pde = self.model(xt_int) ** 2
        r_bc = (self.model(xt_bc) - u_bc) ** 2
        pde_np = r_pde.asnumpy()
        bc_np = r_bc.asnumpy()
        lam = float(np.sqrt(pde_np.mean() / (bc_np.mean() + 1e-8)))
        return r_pde.mean() + lam * r_bc.mean()


def make():
    np.random.seed(13)
    xt_int = Tensor(np.random.rand(32, 2).astype(np.float32))
    xt_bc = Tensor(np.random.rand(8, 2).astype(np.float32))
    u_bc = Tensor(np.zeros((8, 1), np.float32))
    return BalancedLoss(), (xt_int, xt_bc, u_bc)
