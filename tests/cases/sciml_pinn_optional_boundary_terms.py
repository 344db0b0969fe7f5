# case: PINN loss with optional Neumann/Dirichlet terms guarded by None checks and isinstance on the weights config -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class FieldNet(nn.Cell):
    def __init__(self, dim=2, hidden=24):
        super().__init__()
        self.body = nn.SequentialCell([nn.Dense(dim, hidden), nn.Tanh(), nn.Dense(hidden, hidden),
                                       nn.Tanh(), nn.Dense(hidden, 1)])

    def construct(self, x):
        return self.body(x)


class CompositeLoss(nn.Cell):
    def __init__(self, net, weights=(1.0, 10.0, 1.0)):
        super().__init__()
        self.net = net
        if isinstance(weights, (int, float)):
            weights = (1.0, float(weights), float(weights))
        self.w_pde, self.w_dir, self.w_neu = weights
        self.grad = ops.GradOperation()

    def flux(self, x):
        return self.grad(lambda p: self.net(p).sum())(x)

    def construct(self, x_int, f_int, x_dir=None, g_dir=None, x_neu=None, normals=None):
        u = self.net(x_int)
        loss = self.w_pde * ops.square(u - f_int).mean()
        if x_dir is not None:
            loss = loss + self.w_dir * ops.square(self.net(x_dir) - g_dir).mean()
        if x_neu is not None and normals is not None:
            dudn = (self.flux(x_neu) * normals).sum(-1)
            loss = loss + self.w_neu * ops.square(dudn).mean()
        return loss


def make():
    np.random.seed(30)
    x_int = Tensor(np.random.rand(20, 2).astype(np.float32))
    f_int = Tensor(np.random.rand(20, 1).astype(np.float32))
    x_dir = Tensor(np.random.rand(6, 2).astype(np.float32))
    g_dir = Tensor(np.zeros((6, 1), np.float32))
    return CompositeLoss(FieldNet()), (x_int, f_int, x_dir, g_dir)
