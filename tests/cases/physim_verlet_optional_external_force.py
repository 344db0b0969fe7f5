# case: velocity-Verlet particle step with optional wind force and boundary box guarded by None checks -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class HarmonicTrap(nn.Cell):
    def __init__(self, k=4.0):
        super().__init__()
        self.k = k

    def construct(self, x):
        return -self.k * x


class VerletStep(nn.Cell):
    def __init__(self, dt=0.01, mass=1.0, box=None, wind=None):
        super().__init__()
        self.force_field = HarmonicTrap()
        self.dt = dt
        self.mass = mass
        self.box = box
        self.wind = None if wind is None else Tensor(np.asarray(wind, np.float32))

    def total_force(self, x, ext_force):
        f = self.force_field(x)
        if ext_force is not None:
            f = f + ext_force
        if self.wind is not None:
            f = f + self.wind
        return f

    def construct(self, x, v, ext_force=None):
        a0 = self.total_force(x, ext_force) / self.mass
        x = x + self.dt * v + 0.5 * self.dt * self.dt * a0
        if self.box is not None:
            x = ops.clamp(x, -self.box, self.box)
        a1 = self.total_force(x, ext_force) / self.mass
        v = v + 0.5 * self.dt * (a0 + a1)
        return x, v


def make():
    np.random.seed(15)
    x = Tensor(np.random.randn(16, 3).astype(np.float32))
    v = Tensor(np.zeros((16, 3), np.float32))
    return VerletStep(box=2.0), (x, v)
