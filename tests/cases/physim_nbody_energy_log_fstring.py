# case: n-body gravity step that logs total energy with an f-string format spec on a tensor every call -> compile error at line 34
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class NBodyGravity(nn.Cell):
    def __init__(self, G=1.0, softening=0.05, dt=1e-3, verbose=True):
        super().__init__()
        self.G = G
        self.eps2 = softening * softening
        self.dt = dt
        self.verbose = verbose

    def accelerations(self, pos, mass):
        diff = ops.expand_dims(pos, 0) - ops.expand_dims(pos, 1)
        r2 = (diff * diff).sum(-1) + self.eps2
        inv_r3 = ops.pow(r2, -1.5)
        return self.G * (diff * ops.expand_dims(inv_r3 * mass, -1)).sum(1)

    def energy(self, pos, vel, mass):
        ke = 0.5 * (mass * (vel * vel).sum(-1)).sum()
        diff = ops.expand_dims(pos, 0) - ops.expand_dims(pos, 1)
        r = ops.sqrt((diff * diff).sum(-1) + self.eps2)
        mm = ops.expand_dims(mass, 0) * ops.expand_dims(mass, 1)
        pe = -0.5 * self.G * (mm / r).sum()
        return ke + pe

    def construct(self, pos, vel, mass):
        vel = vel + self.dt * self.accelerations(pos, mass)
        pos = pos + self.dt * vel
        if self.verbose:
            e = self.energy(pos, vel, mass)
            print(f"total energy: {float(e):.6f}")
        return pos, vel


def make():
    np.random.seed(8)
    pos = Tensor(np.random.randn(8, 3).astype(np.float32))
    vel = Tensor(np.random.randn(8, 3).astype(np.float32) * 0.1)
    mass = Tensor(np.random.rand(8).astype(np.float32) + 0.5)
    return NBodyGravity(), (pos, vel, mass)
