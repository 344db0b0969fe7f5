# case: integrate servo velocity commands into angles with cumsum and a trapezoidal correction -> static shapes, fine in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class VelocityIntegrator(nn.Cell):
    def __init__(self, dt=0.02, limit_deg=100.0, trapezoid=True):
        super().__init__()
        self.dt = dt
        self.limit = limit_deg
        self.trapezoid = trapezoid

    def construct(self, start_deg, vel):
        if self.trapezoid:
            prev = ops.concat((vel[:1], vel[:-1]), axis=0)
            v = 0.5 * (vel + prev)
        else:
            v = vel
        angles = start_deg + ops.cumsum(v * self.dt, axis=0)
        return ops.clamp(angles, -self.limit, self.limit)


def make():
    np.random.seed(48)
    start = np.random.uniform(-20, 20, size=(1, 6)).astype(np.float32)
    vel = np.random.randn(50, 6).astype(np.float32) * 30.0
    return VelocityIntegrator(), (Tensor(start), Tensor(vel))
