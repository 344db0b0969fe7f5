# case: particle integrator choosing its scheme from a string flag and gravity from a scalar-or-vector config via isinstance -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class DragForce(nn.Cell):
    def __init__(self, coeff=0.2, quadratic=False):
        super().__init__()
        self.coeff = coeff
        self.quadratic = quadratic

    def construct(self, v):
        if self.quadratic:
            return -self.coeff * v * ops.norm(v, dim=-1, keepdim=True)
        return -self.coeff * v


class ParticleIntegrator(nn.Cell):
    def __init__(self, scheme="semi_implicit", gravity=-9.81, dt=0.005, n_steps=3):
        super().__init__()
        self.scheme = scheme
        self.dt = dt
        self.n_steps = n_steps
        self.drag = DragForce(quadratic=True)
        self.gravity = gravity

    def gravity_vec(self, x):
        if isinstance(self.gravity, (tuple, list)):
            return Tensor(np.asarray(self.gravity, np.float32))
        g = ops.zeros((x.shape[-1],), ms.float32)
        g[1] = self.gravity
        return g

    def construct(self, x, v):
        g = self.gravity_vec(x)
        for _ in range(self.n_steps):
            a = g + self.drag(v)
            if self.scheme == "explicit":
                x = x + self.dt * v
                v = v + self.dt * a
            else:
                v = v + self.dt * a
                x = x + self.dt * v
        return x, v


def make():
    np.random.seed(16)
    x = Tensor(np.random.rand(10, 3).astype(np.float32))
    v = Tensor(np.random.randn(10, 3).astype(np.float32))
    return ParticleIntegrator(), (x, v)
