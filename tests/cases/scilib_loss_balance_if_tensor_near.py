# case: adaptive loss balancer doubles the boundary weight when the boundary loss dominates the PDE loss, both branches give scalars of the same shape -> if on a tensor value with matching branch shapes, Graph mode should compile it as control flow
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, Parameter


class BalanceConfig:
    init_bc_weight = 1.0
    ratio_trigger = 10.0
    max_weight = 100.0


class AdaptiveLossBalancer(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.trigger = config.ratio_trigger
        self.max_weight = config.max_weight
        self._build_weights(config.init_bc_weight)

    def _build_weights(self, w0):
        self.bc_weight = Parameter(Tensor(w0, ms.float32), name="bc_weight", requires_grad=False)

    def construct(self, pde_res, bc_res):
        l_pde = (pde_res ** 2).mean()
        l_bc = (bc_res ** 2).mean()
        if l_bc > self.trigger * l_pde:
            w = ops.minimum(self.bc_weight * 2.0, self.max_weight)
        else:
            w = self.bc_weight * 1.0
        return l_pde + ops.stop_gradient(w) * l_bc, w


def make():
    np.random.seed(37)
    pde = Tensor(0.1 * np.random.randn(256).astype(np.float32))
    bc = Tensor(np.random.randn(32).astype(np.float32))
    return AdaptiveLossBalancer(BalanceConfig()), (pde, bc)
