# case: PINN loss splits collocation points into interior and boundary parts using x.shape and a constant boundary count; expect static at both levels
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

N_BOUNDARY = 6


class MLP(nn.Cell):
    def __init__(self, width=16):
        super().__init__()
        self.body = nn.SequentialCell([nn.Dense(2, width), nn.Tanh(), nn.Dense(width, 1)])

    def construct(self, x):
        return self.body(x)


class Net(nn.Cell):
    def __init__(self, n_boundary=N_BOUNDARY, bc_weight=10.0):
        super().__init__()
        self.u = MLP()
        self.n_boundary = n_boundary
        self.bc_weight = bc_weight

    def construct(self, points, bc_values):
        n_interior = points.shape[0] - self.n_boundary
        interior = points[:n_interior]
        boundary = points[n_interior:]
        u_in = self.u(interior)
        residual = u_in - ops.sin(interior[:, 0:1]) * ops.cos(interior[:, 1:2])
        bc_err = self.u(boundary) - bc_values
        return (residual ** 2).mean() + self.bc_weight * (bc_err ** 2).mean()


def make():
    points = Tensor(np.random.rand(20, 2).astype(np.float32))
    bc = Tensor(np.zeros((N_BOUNDARY, 1), np.float32))
    return Net(), (points, bc)
