# case: PINN residual helper is an @ms.jit_class created inside construct from a Python coefficient and used via methods, returning tensors only; expect static at both levels
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


@ms.jit_class
class HeatResidual:
    def __init__(self, kappa):
        self.kappa = kappa

    def residual(self, u_t, u_xx):
        return u_t - self.kappa * u_xx


class Net(nn.Cell):
    def __init__(self, kappa=0.3, dx=0.1):
        super().__init__()
        self.kappa = kappa
        self.dx = dx
        self.u = nn.SequentialCell([nn.Dense(1, 8), nn.Tanh(), nn.Dense(8, 1)])

    def construct(self, x_prev, x_next, x):
        pde = HeatResidual(self.kappa)
        u_prev, u_mid, u_next = self.u(x_prev), self.u(x), self.u(x_next)
        u_xx = (u_next - 2 * u_mid + u_prev) / (self.dx ** 2)
        u_t = u_mid - u_prev
        r = pde.residual(u_t, u_xx)
        return (r ** 2).mean()


def make():
    x = Tensor(np.linspace(0, 1, 10).reshape(10, 1).astype(np.float32))
    return Net(), (x - 0.1, x + 0.1, x)
