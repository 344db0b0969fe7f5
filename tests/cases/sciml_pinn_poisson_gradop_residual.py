# case: 2D Poisson PINN residual with nested GradOperation for the Laplacian -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class PoissonNet(nn.Cell):
    def __init__(self, hidden=20):
        super().__init__()
        self.fc1 = nn.Dense(2, hidden, activation="tanh")
        self.fc2 = nn.Dense(hidden, hidden, activation="tanh")
        self.out = nn.Dense(hidden, 1)

    def construct(self, x):
        return self.out(self.fc2(self.fc1(x)))


class SumOutput(nn.Cell):
    """u(x) summed so that d/dx gives the per-point gradient."""
    def __init__(self, net):
        super().__init__()
        self.net = net

    def construct(self, x):
        return self.net(x).sum()


class GradU(nn.Cell):
    def __init__(self, net):
        super().__init__()
        self.f = SumOutput(net)
        self.grad = ops.GradOperation()

    def construct(self, x):
        return self.grad(self.f)(x)


class PoissonResidual(nn.Cell):
    def __init__(self, net, source_scale=1.0):
        super().__init__()
        self.grad_u = GradU(net)
        self.hess_op = ops.GradOperation(sens_param=True)
        self.source_scale = source_scale

    def laplacian(self, x):
        gx = self.grad_u(x)
        sens_x = ops.concat((ops.ones_like(x[:, :1]), ops.zeros_like(x[:, 1:])), axis=1)
        sens_y = ops.concat((ops.zeros_like(x[:, :1]), ops.ones_like(x[:, 1:])), axis=1)
        u_xx = self.hess_op(self.grad_u)(x, sens_x)[:, 0:1]
        u_yy = self.hess_op(self.grad_u)(x, sens_y)[:, 1:2]
        return u_xx + u_yy, gx

    def construct(self, x):
        lap, _ = self.laplacian(x)
        src = self.source_scale * ops.sin(np.pi * x[:, 0:1]) * ops.sin(np.pi * x[:, 1:2])
        return ops.reduce_mean(ops.square(lap + src))


def make():
    np.random.seed(1)
    pts = Tensor(np.random.rand(32, 2).astype(np.float32))
    return PoissonResidual(PoissonNet()), (pts,)
