# case: outflow boundary handler zeroes the incoming-flux entries with masked_fill; a compact masked_select path exists but config.compact_output is False -> mask kept at full shape, data-dependent path never reached, Graph mode static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class OutflowConfig:
    compact_output = False
    penalty = 1.0


class OutflowBC(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.compact_output = config.compact_output
        self.penalty = config.penalty

    def _flux(self, velocity, normals, rho):
        return rho * (velocity * normals).sum(axis=-1)

    def construct(self, velocity, normals, rho):
        flux = self._flux(velocity, normals, rho)
        inflow = flux < 0
        if self.compact_output and isinstance(inflow, Tensor):
            return ops.masked_select(flux, ops.logical_not(inflow))
        outgoing = ops.masked_fill(flux, inflow, 0.0)
        penalty = self.penalty * (ops.minimum(flux, 0.0) ** 2).mean()
        return outgoing, penalty


def make():
    np.random.seed(40)
    vel = Tensor(np.random.randn(36, 2).astype(np.float32))
    nrm = Tensor(np.random.randn(36, 2).astype(np.float32))
    rho = Tensor(np.random.rand(36).astype(np.float32) + 0.5)
    return OutflowBC(OutflowConfig()), (vel, nrm, rho)
