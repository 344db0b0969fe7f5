# case: mass-spring chain integrator; number of substeps computed with int() from a frame-time tensor -> compile error at line 38
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class SpringForce(nn.Cell):
    def __init__(self, rest_length=0.1, k=200.0):
        super().__init__()
        self.rest_length = rest_length
        self.k = k

    def construct(self, x):
        seg = x[1:] - x[:-1]
        length = ops.norm(seg, dim=-1, keepdim=True)
        f = self.k * (length - self.rest_length) * seg / (length + 1e-6)
        force = ops.zeros_like(x)
        force[:-1] = force[:-1] + f
        force[1:] = force[1:] - f
        return force


class MassSpringChain(nn.Cell):
    def __init__(self, mass=0.05, damping=0.98, max_dt=0.002, gravity=-9.8):
        super().__init__()
        self.springs = SpringForce()
        self.mass = mass
        self.damping = damping
        self.max_dt = max_dt
        self.g = Tensor(np.array([0.0, gravity], np.float32))

    def step(self, x, v, dt):
        a = self.springs(x) / self.mass + self.g
        v = self.damping * (v + dt * a)
        return x + dt * v, v

    def construct(self, x, v, frame_dt):
        n_sub = int(ops.ceil(frame_dt / self.max_dt))
        dt = frame_dt / n_sub
        for _ in range(n_sub):
            x, v = self.step(x, v, dt)
        return x, v


def make():
    n = 10
    x = np.stack([np.linspace(0, 0.9, n), np.zeros(n)], -1).astype(np.float32)
    v = np.zeros_like(x)
    return MassSpringChain(), (Tensor(x), Tensor(v), Tensor(0.01, ms.float32))
