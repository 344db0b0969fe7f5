# case: 1-D Poisson residual u_xx + f computed with nested ops.grad of the network sum -> static shapes in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class Field(nn.Cell):
    def __init__(self, width=16):
        super().__init__()
        self.net = nn.SequentialCell(nn.Dense(1, width), nn.Tanh(), nn.Dense(width, width), nn.Tanh(), nn.Dense(width, 1))

    def construct(self, x):
        return self.net(x)


class UxSum(nn.Cell):
    def __init__(self, field):
        super().__init__()
        self.field = field
        self.grad_u = ops.grad(self.sum_u)

    def sum_u(self, x):
        return self.field(x).sum()

    def construct(self, x):
        return self.grad_u(x).sum()


class Poisson1DResidual(nn.Cell):
    def __init__(self):
        super().__init__()
        self.field = Field()
        self.ux_sum = UxSum(self.field)
        self.grad_ux = ops.grad(self.ux_sum)

    def construct(self, x, f):
        u_xx = self.grad_ux(x)
        return ((u_xx + f) ** 2).mean()


def make():
    np.random.seed(23)
    x = Tensor(np.random.rand(16, 1).astype(np.float32))
    f = Tensor(np.sin(np.pi * np.random.rand(16, 1)).astype(np.float32))
    return Poisson1DResidual(), (x, f)
