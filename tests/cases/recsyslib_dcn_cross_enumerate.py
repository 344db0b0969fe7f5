# case: DCN cross network with per-layer kernels/biases created in a helper and iterated with zip/enumerate over ParameterTuples -> fixed loop over Python-sized containers, Graph mode compiles
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, Parameter, ParameterTuple
from mindspore.common.initializer import initializer, Normal, Zero


class CrossConfig:
    def __init__(self, input_dim=24, num_cross_layers=3, parameterization="vector", use_residual=True):
        self.input_dim = input_dim
        self.num_cross_layers = num_cross_layers
        self.parameterization = parameterization
        self.use_residual = use_residual


class CrossNetwork(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.parameterization = config.parameterization
        self.use_residual = config.use_residual
        kernels, biases = self._make_params(config.input_dim, config.num_cross_layers)
        self.kernels = ParameterTuple(kernels)
        self.biases = ParameterTuple(biases)

    def _make_params(self, dim, n):
        shape = (dim, 1) if self.parameterization == "vector" else (dim, dim)
        kernels = [Parameter(initializer(Normal(0.01), shape, ms.float32), name=f"cross_kernel_{i}") for i in range(n)]
        biases = [Parameter(initializer(Zero(), (dim,), ms.float32), name=f"cross_bias_{i}") for i in range(n)]
        return kernels, biases

    def construct(self, x0):
        x = x0
        for i, (w, b) in enumerate(zip(self.kernels, self.biases)):
            xw = ops.matmul(x, w)
            x_new = x0 * xw + b
            x = x_new + x if self.use_residual else x_new
        return x


def make():
    np.random.seed(3911)
    x0 = Tensor(np.random.randn(5, 24).astype(np.float32))
    return CrossNetwork(CrossConfig()), (x0,)
