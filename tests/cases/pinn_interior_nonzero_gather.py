# case: interior residual loss finds interior point indices with ops.nonzero on a domain mask and gathers only those points -> nonzero gives a data-dependent count, dynamic shape in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class DiffusionNet(nn.Cell):
    def __init__(self, width=16):
        super().__init__()
        self.net = nn.SequentialCell(nn.Dense(3, width), nn.Tanh(), nn.Dense(width, 1))

    def construct(self, xyt):
        return self.net(xyt)


class InteriorLoss(nn.Cell):
    def __init__(self, radius=0.4):
        super().__init__()
        self.model = DiffusionNet()
        self.r2 = radius * radius

    def interior_index(self, xyt):
        d2 = (xyt[:, 0] - 0.5) ** 2 + (xyt[:, 1] - 0.5) ** 2
        return ops.nonzero(d2 < self.r2).squeeze(-1)

    def construct(self, xyt):
        idx = self.interior_index(xyt)
        pts = ops.gather(xyt, idx, 0)
        r = self.model(pts) - ops.exp(-pts[:, 2:3])
        return (r ** 2).mean()


def make():
    np.random.seed(31)
    xyt = Tensor(np.random.rand(40, 3).astype(np.float32))
    return InteriorLoss(), (xyt,)
