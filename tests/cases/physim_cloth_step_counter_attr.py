# case: cloth-like spring grid integrator that counts its calls by writing a Python int to self in construct -> compile error at line 41
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class GridSprings(nn.Cell):
    def __init__(self, k=80.0, rest=0.25):
        super().__init__()
        self.k = k
        self.rest = rest

    def spring(self, a, b):
        d = b - a
        l = ops.norm(d, dim=-1, keepdim=True)
        return self.k * (l - self.rest) * d / (l + 1e-6)

    def construct(self, x):
        f = ops.zeros_like(x)
        fh = self.spring(x[:, :-1], x[:, 1:])
        fv = self.spring(x[:-1], x[1:])
        f[:, :-1] += fh
        f[:, 1:] -= fh
        f[:-1] += fv
        f[1:] -= fv
        return f


class ClothIntegrator(nn.Cell):
    def __init__(self, dt=0.005, mass=0.1, pin_top=True):
        super().__init__()
        self.springs = GridSprings()
        self.dt = dt
        self.mass = mass
        self.pin_top = pin_top
        self.num_calls = 0

    def construct(self, x, v):
        a = self.springs(x) / self.mass
        v = v + self.dt * a
        self.num_calls = self.num_calls + 1
        if self.pin_top:
            v[0] = 0.0
        return x + self.dt * v, v


def make():
    g = np.linspace(0, 1, 5, dtype=np.float32)
    xx, yy = np.meshgrid(g, g)
    x = np.stack([xx, -yy, np.zeros_like(xx)], -1).astype(np.float32)
    return ClothIntegrator(), (Tensor(x), Tensor(np.zeros_like(x)))
