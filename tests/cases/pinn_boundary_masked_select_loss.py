# case: boundary loss gathers boundary collocation values with masked_select on a data-dependent mask -> dynamic shape in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class MLP(nn.Cell):
    def __init__(self, width=20, depth=3):
        super().__init__()
        layers = [nn.Dense(2, width), nn.Tanh()]
        for _ in range(depth - 1):
            layers += [nn.Dense(width, width), nn.Tanh()]
        layers.append(nn.Dense(width, 1))
        self.body = nn.SequentialCell(layers)

    def construct(self, x):
        return self.body(x)


class BoundaryLoss(nn.Cell):
    def __init__(self, tol=1e-3):
        super().__init__()
        self.net = MLP()
        self.tol = tol

    def boundary_mask(self, xy):
        x, y = xy[:, 0], xy[:, 1]
        on_x = ops.logical_or(x < self.tol, x > 1.0 - self.tol)
        on_y = ops.logical_or(y < self.tol, y > 1.0 - self.tol)
        return ops.logical_or(on_x, on_y)

    def construct(self, xy, g):
        u = self.net(xy).squeeze(-1)
        mask = self.boundary_mask(xy)
        u_b = ops.masked_select(u, mask)
        g_b = ops.masked_select(g, mask)
        return ops.mean((u_b - g_b) ** 2)


def make():
    np.random.seed(1)
    xy = np.random.rand(40, 2).astype(np.float32)
    xy[:10, 0] = 0.0
    xy[10:20, 1] = 1.0
    g = np.sin(xy[:, 0] + xy[:, 1]).astype(np.float32)
    return BoundaryLoss(), (Tensor(xy), Tensor(g))
