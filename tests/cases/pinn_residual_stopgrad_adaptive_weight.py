# case: loss balancer computes the PDE/boundary weight from detached residual means with ops.stop_gradient and ops.sqrt, all on device -> static shapes in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class Burgers1D(nn.Cell):
    def __init__(self, width=16):
        super().__init__()
        self.net = nn.SequentialCell(nn.Dense(2, width), nn.Tanh(), nn.Dense(width, 1))

    def construct(self, xt):
        return self.net(xt)


class BalancedLoss(nn.Cell):
    def __init__(self, eps=1e-8, max_weight=100.0):
        super().__init__()
        self.model = Burgers1D()
        self.eps = eps
        self.max_weight = max_weight

    def construct(self, xt_int, xt_bc, u_bc):
        r_pde = (self.model(xt_int) ** 2).mean()
        r_bc = ((self.model(xt_bc) - u_bc) ** 2).mean()
        lam = ops.sqrt(ops.stop_gradient(r_pde) / (ops.stop_gradient(r_bc) + self.eps))
        lam = ops.clamp(lam, max=self.max_weight)
        return r_pde + lam * r_bc, lam


def make():
    np.random.seed(14)
    xt_int = Tensor(np.random.rand(32, 2).astype(np.float32))
    xt_bc = Tensor(np.random.rand(8, 2).astype(np.float32))
    u_bc = Tensor(np.zeros((8, 1), np.float32))
    return BalancedLoss(), (xt_int, xt_bc, u_bc)
