# case: PINN heat loss that picks boundary collocation points with masked_select -> dynamic shape at line 30
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class MLP(nn.Cell):
    def __init__(self, in_dim=2, hidden=32, out_dim=1, depth=3):
        super().__init__()
        layers = [nn.Dense(in_dim, hidden), nn.Tanh()]
        for _ in range(depth - 1):
            layers += [nn.Dense(hidden, hidden), nn.Tanh()]
        layers.append(nn.Dense(hidden, out_dim))
        self.net = nn.SequentialCell(layers)

    def construct(self, x):
        return self.net(x)


class HeatPINNLoss(nn.Cell):
    def __init__(self, net, bc_weight=10.0, tol=1e-6):
        super().__init__()
        self.net = net
        self.bc_weight = bc_weight
        self.tol = tol

    def boundary_values(self, u, xt):
        x = xt[:, 0:1]
        on_bnd = ops.logical_or(ops.abs(x) < self.tol, ops.abs(x - 1.0) < self.tol)
        return ops.masked_select(u, on_bnd)

    def construct(self, xt, f):
        u = self.net(xt)
        interior = ops.reduce_mean(ops.square(u - f))
        u_b = self.boundary_values(u, xt)
        bc = ops.reduce_mean(ops.square(u_b))
        return interior + self.bc_weight * bc


def make():
    np.random.seed(0)
    xt = np.random.rand(64, 2).astype(np.float32)
    xt[:8, 0] = 0.0
    xt[8:16, 0] = 1.0
    f = np.random.rand(64, 1).astype(np.float32)
    return HeatPINNLoss(MLP()), (Tensor(xt), Tensor(f))
