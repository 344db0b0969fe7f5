# case: Dirichlet BC layer converts the collocation coordinates to a Python list with .tolist() and loops over them to build the boundary indicator -> host round trip in construct, Graph mode should reject or fall back
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class HardDirichlet(nn.Cell):
    def __init__(self, width=16, lo=0.0, hi=1.0):
        super().__init__()
        self.net = nn.SequentialCell(nn.Dense(2, width), nn.Tanh(), nn.Dense(width, 1))
        self.lo = lo
        self.hi = hi

    def on_boundary(self, xy):
        flags = []
        for x, y in xy.tolist():
            flags.append(1.0 if x in (self.lo, self.hi) or y in (self.lo, self.hi) else 0.0)
        return Tensor(flags, ms.float32)

    def construct(self, xy, g):
        u = self.net(xy).squeeze(-1)
        b = self.on_boundary(xy)
        return b * g + (1.0 - b) * u


def make():
    np.random.seed(27)
    xy = np.random.rand(12, 2).astype(np.float32)
    xy[:3, 0] = 0.0
    xy[3:5, 1] = 1.0
    g = np.zeros(12, np.float32)
    return HardDirichlet(), (Tensor(xy), Tensor(g))
