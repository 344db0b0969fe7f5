# case: loss Cell keeps the step counter in a non-trainable Parameter updated with ops.assign_add to ramp the boundary weight -> static shapes in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, Parameter


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
        self.ramp_steps = float(ramp_steps)
        self.step = Parameter(Tensor(0.0, ms.float32), name="step", requires_grad=False)

    def construct(self, xy, xy_b):
        _, r = self.pde(xy)
        u_b, _ = self.pde(xy_b)
        ops.assign_add(self.step, Tensor(1.0, ms.float32))
        w_b = ops.clamp(self.step / self.ramp_steps, max=1.0)
        return (r ** 2).mean() + w_b * (u_b ** 2).mean()


def make():
    np.random.seed(21)
    xy = Tensor(np.random.rand(24, 2).astype(np.float32))
    xy_b = Tensor(np.random.rand(8, 2).astype(np.float32))
    return RampedLoss(), (xy, xy_b)
