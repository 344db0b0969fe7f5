# case: loss Cell keeps a Python int step counter on self and increments it in construct to ramp up the boundary weight -> attribute write on self in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class Helmholtz(nn.Cell):
    def __init__(self, width=16, k=2.0):
        super().__init__()
        self.net = nn.SequentialCell(nn.Dense(2, width), nn.Tanh(), nn.Dense(width, 1))
        self.k2 = k * k

    def construct(self, xy):
        u = self.net(xy)
        return u, self.k2 * u


class RampedLoss(nn.Cell):
    def __init__(self, ramp_steps=100):
        super().__init__()
        self.pde = Helmholtz()
        self.ramp_steps = ramp_steps
        self.step = 0

    def construct(self, xy, xy_b):
        _, r = self.pde(xy)
        u_b, _ = self.pde(xy_b)
        self.step = self.step + 1
        w_b = min(1.0, self.step / self.ramp_steps)
        return (r ** 2).mean() + w_b * (u_b ** 2).mean()


def make():
    np.random.seed(20)
    xy = Tensor(np.random.rand(24, 2).astype(np.float32))
    xy_b = Tensor(np.random.rand(8, 2).astype(np.float32))
    return RampedLoss(), (xy, xy_b)
