# case: PINN loss mixin computes the Dirichlet boundary term by boolean-indexing the prediction with an on-boundary mask -> boolean mask indexing gives a data-dependent shape, Graph mode should reject it
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class LossConfig:
    bc_weight = 10.0
    pde_weight = 1.0
    reduction = "mean"


class BoundaryLossMixin:
    def dirichlet_term(self, u_pred, u_bc, on_boundary):
        diff = u_pred[on_boundary] - u_bc[on_boundary]
        return self._reduce(diff * diff)

    def _reduce(self, x):
        return x.mean() if self.reduction == "mean" else x.sum()


class PoissonPINNLoss(nn.Cell, BoundaryLossMixin):
    def __init__(self, net, config):
        super().__init__()
        self.net = net
        self.bc_weight = config.bc_weight
        self.pde_weight = config.pde_weight
        self.reduction = config.reduction

    def construct(self, xy, source, u_bc, on_boundary):
        u = self.net(xy).squeeze(-1)
        interior = self._reduce((u - source) ** 2)
        bc = self.dirichlet_term(u, u_bc, on_boundary)
        return self.pde_weight * interior + self.bc_weight * bc


def make():
    np.random.seed(5)
    xy = np.random.rand(50, 2).astype(np.float32)
    mask = (xy.min(axis=1) < 0.1) | (xy.max(axis=1) > 0.9)
    net = nn.SequentialCell([nn.Dense(2, 16), nn.Tanh(), nn.Dense(16, 1)])
    return PoissonPINNLoss(net, LossConfig()), (
        Tensor(xy), Tensor(np.random.randn(50).astype(np.float32)),
        Tensor(np.zeros(50, np.float32)), Tensor(mask))
