# case: viscous Burgers PINN residual using functional ops.grad for u_t, u_x and u_xx with interior/initial split by index -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class BurgersNet(nn.Cell):
    def __init__(self, hidden=20, n_layers=3):
        super().__init__()
        layers = [nn.Dense(2, hidden), nn.Tanh()]
        for _ in range(n_layers - 1):
            layers.extend([nn.Dense(hidden, hidden), nn.Tanh()])
        layers.append(nn.Dense(hidden, 1))
        self.mlp = nn.SequentialCell(layers)

    def construct(self, x, t):
        return self.mlp(ops.concat((x, t), axis=1))


class BurgersResidual(nn.Cell):
    def __init__(self, net, nu=0.01 / np.pi, n_initial=8):
        super().__init__()
        self.net = net
        self.nu = nu
        self.n_initial = n_initial
        self.du = ops.grad(self.u_sum, grad_position=(0, 1))
        self.d2u = ops.grad(self.ux_sum, grad_position=0)

    def u_sum(self, x, t):
        return self.net(x, t).sum()

    def ux_sum(self, x, t):
        return self.du(x, t)[0].sum()

    def construct(self, xt):
        x, t = xt[:, 0:1], xt[:, 1:2]
        u = self.net(x, t)
        u_x, u_t = self.du(x, t)
        u_xx = self.d2u(x, t)
        res = u_t + u * u_x - self.nu * u_xx
        u0 = -ops.sin(np.pi * x[:self.n_initial])
        init = ops.square(u[:self.n_initial] - u0).mean()
        return ops.square(res[self.n_initial:]).mean() + init


def make():
    np.random.seed(31)
    xt = np.random.rand(40, 2).astype(np.float32) * np.array([2.0, 1.0], np.float32) - np.array([1.0, 0.0], np.float32)
    xt[:8, 1] = 0.0
    return BurgersResidual(BurgersNet()), (Tensor(xt),)
