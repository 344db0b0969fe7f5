# case: gated linear unit creates its Parameters in _init_weights called from __init__ -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, Parameter
from mindspore.common.initializer import initializer, Normal


class GatedLinearUnit(nn.Cell):
    def __init__(self, in_dim=6, out_dim=4, init_std=0.02, use_bias=True):
        super().__init__()
        self.use_bias = use_bias
        self._init_weights(in_dim, out_dim, init_std)

    def _init_weights(self, in_dim, out_dim, std):
        self.w_value = Parameter(initializer(Normal(std), (in_dim, out_dim), ms.float32), name="w_value")
        self.w_gate = Parameter(initializer(Normal(std), (in_dim, out_dim), ms.float32), name="w_gate")
        if self.use_bias:
            self.b_gate = Parameter(initializer("zeros", (out_dim,), ms.float32), name="b_gate")

    def _gate(self, x):
        g = ops.matmul(x, self.w_gate)
        if self.use_bias:
            g = g + self.b_gate
        return ops.sigmoid(g)

    def construct(self, x):
        return ops.matmul(x, self.w_value) * self._gate(x)


def make():
    np.random.seed(36)
    x = Tensor(np.random.randn(3, 6).astype(np.float32))
    return GatedLinearUnit(), (x,)
