# case: boundary loss multiplies a fixed-size 0/1 boundary mask into the squared error and normalises by the mask sum -> static shapes in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class MLP(nn.Cell):
    def __init__(self, width=20):
        super().__init__()
        self.body = nn.SequentialCell(
            nn.Dense(2, width), nn.Tanh(), nn.Dense(width, width), nn.Tanh(), nn.Dense(width, 1)
        )

    def construct(self, x):
        return self.body(x)


class MaskedBoundaryLoss(nn.Cell):
    def __init__(self, tol=1e-3, eps=1e-8):
        super().__init__()
        self.net = MLP()
        self.tol = tol
        self.eps = eps

    def boundary_mask(self, xy):
        x, y = xy[:, 0], xy[:, 1]
        on_x = ops.logical_or(x < self.tol, x > 1.0 - self.tol)
        on_y = ops.logical_or(y < self.tol, y > 1.0 - self.tol)
        return ops.logical_or(on_x, on_y).astype(ms.float32)

    def construct(self, xy, g):
        u = self.net(xy).squeeze(-1)
        w = self.boundary_mask(xy)
        sq = (u - g) ** 2 * w
        return sq.sum() / (w.sum() + self.eps)


def make():
    np.random.seed(2)
    xy = np.random.rand(40, 2).astype(np.float32)
    xy[:10, 0] = 0.0
    xy[10:20, 1] = 1.0
    g = np.cos(xy[:, 0] - xy[:, 1]).astype(np.float32)
    return MaskedBoundaryLoss(), (Tensor(xy), Tensor(g))
