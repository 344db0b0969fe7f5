# case: ms.jit function computes the 1D heat-equation PINN residual u_t - k u_xx with nested ops.grad through an MLP -> automatic differentiation inside jit, Graph mode static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

KAPPA = 0.05


class HeatNet(nn.Cell):
    def __init__(self, hidden=24):
        super().__init__()
        self.net = nn.SequentialCell([nn.Dense(2, hidden), nn.Tanh(), nn.Dense(hidden, hidden), nn.Tanh(), nn.Dense(hidden, 1)])

    def construct(self, x, t):
        return self.net(ops.concat((x, t), axis=1)).sum()


_net = HeatNet()
_u_x = ops.grad(_net, grad_position=0)
_u_t = ops.grad(_net, grad_position=1)


def _sum_u_x(x, t):
    return _u_x(x, t).sum()


_u_xx = ops.grad(_sum_u_x, grad_position=0)


@ms.jit
def heat_residual(x, t):
    return _u_t(x, t) - KAPPA * _u_xx(x, t)


def make():
    np.random.seed(27)
    x = Tensor(np.random.rand(32, 1).astype(np.float32))
    t = Tensor(np.random.rand(32, 1).astype(np.float32))
    return heat_residual, (x, t)
