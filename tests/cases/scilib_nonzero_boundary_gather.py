# case: Neumann boundary handler finds boundary node ids with nonzero on the flag vector and gathers normal derivatives there -> nonzero output length depends on data, Graph mode should go dynamic or reject
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class NeumannConfig:
    flux_value = 0.0
    weight = 1.0


def _normal_derivative(grad_u, normals):
    return (grad_u * normals).sum(axis=-1)


class NeumannBC(nn.Cell):
    def __init__(self, config=None):
        super().__init__()
        config = config if config is not None else NeumannConfig()
        self.flux_value = config.flux_value
        self.weight = config.weight

    def _boundary_ids(self, flags):
        return ops.nonzero(flags).squeeze(-1)

    def construct(self, grad_u, normals, flags):
        ids = self._boundary_ids(flags)
        dn = _normal_derivative(ops.gather(grad_u, ids, 0), ops.gather(normals, ids, 0))
        return self.weight * ((dn - self.flux_value) ** 2).mean()


def make():
    np.random.seed(7)
    grad_u = Tensor(np.random.randn(40, 2).astype(np.float32))
    normals = Tensor(np.random.randn(40, 2).astype(np.float32))
    flags = Tensor((np.random.rand(40) > 0.7).astype(np.int32))
    return NeumannBC(), (grad_u, normals, flags)
