# case: Dirichlet BC imposed exactly with an analytic distance function x(1-x)y(1-y) times the network, selected by a Python bool flag -> static shapes in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class HardDirichlet(nn.Cell):
    def __init__(self, width=16, hard_bc=True, g_value=0.0):
        super().__init__()
        self.net = nn.SequentialCell(nn.Dense(2, width), nn.Tanh(), nn.Dense(width, 1))
        self.hard_bc = hard_bc
        self.g_value = g_value

    def distance(self, xy):
        x, y = xy[:, 0], xy[:, 1]
        return x * (1.0 - x) * y * (1.0 - y)

    def construct(self, xy):
        u = self.net(xy).squeeze(-1)
        if self.hard_bc:
            u = self.g_value + self.distance(xy) * u
        return u


def make():
    np.random.seed(28)
    xy = np.random.rand(12, 2).astype(np.float32)
    xy[:3, 0] = 0.0
    return HardDirichlet(), (Tensor(xy),)
