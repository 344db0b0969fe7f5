# case: Poisson residual accepts an optional source tensor, tests it with `is None` and an isinstance guard on a scalar diffusivity -> resolved at compile time, static shapes in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class PoissonNet(nn.Cell):
    def __init__(self, width=16):
        super().__init__()
        self.net = nn.SequentialCell(nn.Dense(2, width), nn.Tanh(), nn.Dense(width, 1))

    def construct(self, xy):
        return self.net(xy).squeeze(-1)


class PoissonResidual(nn.Cell):
    def __init__(self):
        super().__init__()
        self.u = PoissonNet()

    def default_source(self, xy):
        return ops.sin(3.14159 * xy[:, 0]) * ops.sin(3.14159 * xy[:, 1])

    def construct(self, xy, source=None, kappa=1.0):
        u = self.u(xy)
        if source is None:
            source = self.default_source(xy)
        if isinstance(kappa, (int, float)):
            kappa = kappa * ops.ones_like(u)
        r = kappa * u - source
        return (r ** 2).mean()


def make():
    np.random.seed(37)
    xy = Tensor(np.random.rand(24, 2).astype(np.float32))
    return PoissonResidual(), (xy, None, 0.5)
